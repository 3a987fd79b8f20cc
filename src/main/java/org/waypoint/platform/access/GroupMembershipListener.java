package org.waypoint.platform.access;

import java.util.Set;

/**
 * Told when a login joins or leaves a group, in the transaction that changed it, however
 * it was changed (Camunda Admin, the engine REST API, Java): staff are Camunda users, and
 * joining a group is all it takes to become staff of that kind (DESIGN.md section 4).
 */
public interface GroupMembershipListener {

	void joined(String userId, String groupId);

	/**
	 * @param programGroupsKept the program's groups the login is still in (none when it
	 * was deleted)
	 */
	void left(String userId, String groupId, Set<String> programGroupsKept);

	/**
	 * The group's members as they are now, on every start: memberships can change while
	 * the application is down (a database shared with another tool). Idempotent.
	 */
	void reconcile(String groupId, Set<String> members);

}
