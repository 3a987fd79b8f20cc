package org.waypoint.support;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * Logins a test creates for itself, so that its work does not fill a demo login's
 * Tasklist (the browser tests read those lists).
 */
public final class TestLogins {

	public static final String PASSWORD = "Test-login-password-1";

	private static final Set<String> CREATED = ConcurrentHashMap.newKeySet();

	private TestLogins() {
	}

	/**
	 * A case manager: a login in the case-managers group, created once (with
	 * {@link #PASSWORD}) unless it exists, as the demo logins do.
	 */
	public static String caseManager(IdentityService identityService, String userId) {
		if (identityService.createUserQuery().userId(userId).count() == 0) {
			User user = identityService.newUser(userId);
			user.setFirstName(userId);
			user.setLastName("Test");
			user.setPassword(PASSWORD);
			identityService.saveUser(user);
			identityService.createMembership(userId, "case-managers");
			CREATED.add(userId);
		}
		return userId;
	}

	/** The password of a login: a test's own, or a demo login's. */
	public static String passwordOf(String userId) {
		return CREATED.contains(userId) ? PASSWORD : WaypointIntegrationTest.DEMO_PASSWORD;
	}

}
