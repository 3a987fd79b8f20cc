package org.waypoint.demo;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.waypoint.capacity.CapacityService;
import org.waypoint.platform.access.AccessSetup;
import org.waypoint.platform.access.ProgramGroup;
import org.waypoint.staff.StaffMemberRepository;
import org.waypoint.staff.process.StaffOnboardingProcess;

/**
 * The {@code demo} profile: one login per group, so a newcomer sees Waypoint as each of
 * its users does. Each staff login starts with its onboarding task. Never on in
 * production.
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

		boolean isStaff() {
			return ProgramGroup.staff().contains(this.group);
		}

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

	private final RuntimeService runtimeService;

	private final StaffMemberRepository staffMembers;

	private final CapacityService capacityService;

	private final String password;

	DemoUsers(IdentityService identityService, RuntimeService runtimeService, StaffMemberRepository staffMembers,
			CapacityService capacityService, @Value("${waypoint.demo.password}") String password) {
		this.identityService = identityService;
		this.runtimeService = runtimeService;
		this.staffMembers = staffMembers;
		this.capacityService = capacityService;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (DemoUser demoUser : USERS) {
			ensureUser(demoUser);
			ensureMembership(demoUser.id(), demoUser.group().id());
			if (demoUser.isStaff()) {
				ensureOnboarding(demoUser.id());
			}
			if (demoUser.group() == ProgramGroup.CASE_MANAGERS) {
				this.capacityService.registerCaseManager(demoUser.id());
			}
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

	private void ensureOnboarding(String userId) {
		boolean started = this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(StaffOnboardingProcess.KEY)
			.processInstanceBusinessKey(userId)
			.count() > 0;
		if (!started && !this.staffMembers.existsById(userId)) {
			this.runtimeService.startProcessInstanceByKey(StaffOnboardingProcess.KEY, userId,
					Map.of(StaffOnboardingProcess.Variables.STAFF_USER_ID, userId));
		}
	}

}
