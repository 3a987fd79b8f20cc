package org.waypoint.capacity;

/**
 * One case manager's caseload as supervisors pace it: how many they hold, how many in
 * intensive service models, against their own limit; whether they are away today and who
 * covers them.
 */
public record StaffCaseload(String caseManagerId, long participants, long intensive, int ownLimit, boolean away,
		String coveredBy) {
}
