package org.waypoint.capacity;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.waypoint.platform.access.GroupMembershipListener;
import org.waypoint.platform.access.ProgramGroup;

/**
 * The case-managers group is the roster: a login added to it is a case manager with room
 * at once; removed (or deleted), they take no new participants and a supervisor moves
 * those they hold.
 */
@Component
class CaseManagerRoster implements GroupMembershipListener {

	private final CapacityService capacityService;

	CaseManagerRoster(CapacityService capacityService) {
		this.capacityService = capacityService;
	}

	@Override
	public void joined(String userId, String groupId) {
		if (isCaseManagers(groupId)) {
			this.capacityService.registerCaseManager(userId);
		}
	}

	@Override
	public void left(String userId, String groupId, Set<String> programGroupsKept) {
		if (isCaseManagers(groupId)) {
			this.capacityService.leave(userId);
		}
	}

	@Override
	public void reconcile(String groupId, Set<String> members) {
		if (isCaseManagers(groupId)) {
			members.forEach(this.capacityService::registerCaseManager);
			this.capacityService.staff()
				.stream()
				.map(CaseManager::getUserId)
				.filter(userId -> !members.contains(userId))
				.forEach(this.capacityService::leave);
		}
	}

	private static boolean isCaseManagers(String groupId) {
		return ProgramGroup.CASE_MANAGERS.id().equals(groupId);
	}

}
