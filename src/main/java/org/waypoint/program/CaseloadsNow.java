package org.waypoint.program;

import java.util.List;
import java.util.Map;

/**
 * The program's caseloads now, against its numbers.
 *
 * @param average participants per full-time equivalent (each case manager counts as their
 * own limit's share of the cap)
 * @param waitingForScreening referrals received and not yet screened
 * @param decisionsThisMonth the capacity decisions since the 1st (UTC), by door
 */
public record CaseloadsNow(List<CaseManagerLine> caseManagers, double average, int averageLimit, int pacingThreshold,
		int cap, int intensiveStandard, long waitingForScreening, List<DoorDecisions> decisionsThisMonth) {

	/**
	 * @param intensive participants in intensive service models
	 * @param coveredBy who covers them today, when they are away
	 */
	public record CaseManagerLine(String caseManagerId, String name, long participants, long intensive, int ownLimit,
			boolean away, String coveredBy) {
	}

	/**
	 * @param declineReasons each reason a decline gave, with how many times
	 */
	public record DoorDecisions(String door, long accepted, long declined, Map<String, Long> declineReasons) {
	}

}
