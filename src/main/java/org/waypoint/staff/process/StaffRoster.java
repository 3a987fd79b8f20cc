package org.waypoint.staff.process;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.waypoint.platform.access.AsSystem;
import org.waypoint.platform.access.GroupMembershipListener;
import org.waypoint.platform.access.ProgramGroup;
import org.waypoint.staff.StaffMemberRepository;

/**
 * A login that joins one of the staff groups in Camunda Admin starts with its onboarding
 * task (its profile); one that leaves every staff group before confirming it has that
 * task called off.
 */
@Component
class StaffRoster implements GroupMembershipListener {

	private final RuntimeService runtimeService;

	private final StaffMemberRepository staffMembers;

	private final AsSystem asSystem;

	StaffRoster(RuntimeService runtimeService, StaffMemberRepository staffMembers, AsSystem asSystem) {
		this.runtimeService = runtimeService;
		this.staffMembers = staffMembers;
		this.asSystem = asSystem;
	}

	@Override
	public void joined(String userId, String groupId) {
		if (isStaffGroup(groupId)) {
			this.asSystem.run(() -> {
				if (onboarding(userId) == 0 && !this.staffMembers.existsById(userId)) {
					this.runtimeService.startProcessInstanceByKey(StaffOnboardingProcess.KEY, userId,
							Map.of(StaffOnboardingProcess.Variables.STAFF_USER_ID, userId));
				}
			});
		}
	}

	@Override
	public void left(String userId, String groupId, Set<String> programGroupsKept) {
		if (isStaffGroup(groupId)) {
			this.asSystem.run(() -> {
				if (programGroupsKept.stream().noneMatch(StaffRoster::isStaffGroup)) {
					this.runtimeService.createProcessInstanceQuery()
						.processDefinitionKey(StaffOnboardingProcess.KEY)
						.processInstanceBusinessKey(userId)
						.list()
						.forEach(onboarding -> this.runtimeService.deleteProcessInstance(onboarding.getId(),
								userId + " left the program's staff"));
				}
			});
		}
	}

	/** Members who joined while Waypoint was down get their onboarding too. */
	@Override
	public void reconcile(String groupId, Set<String> members) {
		members.forEach(userId -> joined(userId, groupId));
	}

	private long onboarding(String userId) {
		return this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(StaffOnboardingProcess.KEY)
			.processInstanceBusinessKey(userId)
			.count();
	}

	private static boolean isStaffGroup(String groupId) {
		return ProgramGroup.staff().stream().anyMatch(group -> group.id().equals(groupId));
	}

}
