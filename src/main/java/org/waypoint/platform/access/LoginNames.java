package org.waypoint.platform.access;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** The name a login was given in Camunda Admin ("Casey Morgan"), whoever asks. */
@Component
public class LoginNames {

	private final IdentityService identityService;

	private final AsSystem asSystem;

	LoginNames(IdentityService identityService, AsSystem asSystem) {
		this.identityService = identityService;
		this.asSystem = asSystem;
	}

	/** First and last name, or the login itself when it has none or was deleted. */
	public String nameOf(String userId) {
		User user = this.asSystem.call(() -> this.identityService.createUserQuery().userId(userId).singleResult());
		String name = (user == null) ? "" : (nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName()));
		return name.isBlank() ? userId : name.strip();
	}

	private static String nullToEmpty(String text) {
		return (text != null) ? text : "";
	}

}
