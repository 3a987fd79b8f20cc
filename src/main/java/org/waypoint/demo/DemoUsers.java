package org.waypoint.demo;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.waypoint.platform.access.AccessSetup;
import org.waypoint.platform.access.ProgramGroup;

/**
 * The {@code demo} profile: one login per group, so a newcomer sees Waypoint as each of
 * its users does. Each staff login starts with its onboarding task (joining a staff group
 * does that, as in production). Never on in production.
 */
@Component
@Profile("demo")
@Order(AccessSetup.ORDER + 2)
class DemoUsers implements ApplicationRunner {

	/**
	 * The program administrator {@code ada} comes from {@code camunda.bpm.admin-user}.
	 */
	static final String ADMIN_USER = "ada";

	record DemoUser(String id, String firstName, String lastName, ProgramGroup group) {
	}

	static final List<DemoUser> USERS = List.of(new DemoUser("olivia", "Olivia", "Ortiz", ProgramGroup.OUTREACH),
			new DemoUser("casey", "Casey", "Morgan", ProgramGroup.CASE_MANAGERS),
			new DemoUser("clara", "Clara", "Nguyen", ProgramGroup.CLINICIANS),
			new DemoUser("pete", "Pete", "Alvarez", ProgramGroup.PEER_SPECIALISTS),
			new DemoUser("sam", "Sam", "Okafor", ProgramGroup.SUPERVISORS),
			new DemoUser("rita", "Rita", "Hayes", ProgramGroup.REFERRAL_PARTNERS),
			new DemoUser("paul", "Paul", "Becker", ProgramGroup.PROBATION));

	private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

	private final IdentityService identityService;

	private final String password;

	DemoUsers(IdentityService identityService, @Value("${waypoint.demo.password}") String password) {
		this.identityService = identityService;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (DemoUser demoUser : USERS) {
			ensureUser(demoUser);
			// joining the group is what makes a login staff: onboarding, a caseload
			ensureMembership(demoUser.id(), demoUser.group().id());
		}
		ensureMembership(ADMIN_USER, ProgramGroup.PROGRAM_ADMINS.id());
		log.warn("Demo profile: logins {} and {} share the demo password. Never use this profile in production.",
				USERS.stream().map(DemoUser::id).toList(), ADMIN_USER);
	}

	private void ensureUser(DemoUser demoUser) {
		if (this.identityService.createUserQuery().userId(demoUser.id()).count() > 0) {
			return;
		}
		User user = this.identityService.newUser(demoUser.id());
		user.setFirstName(demoUser.firstName());
		user.setLastName(demoUser.lastName());
		user.setEmail(demoUser.id() + "@waypoint.example");
		user.setPassword(this.password);
		this.identityService.saveUser(user);
	}

	private void ensureMembership(String userId, String groupId) {
		if (this.identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
			this.identityService.createMembership(userId, groupId);
		}
	}

}
