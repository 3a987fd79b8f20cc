package org.waypoint.program;

import java.time.Instant;
import java.util.List;

/**
 * The people the program is at risk of losing, each list most urgent first.
 *
 * @param inTheWind no contact for weeks: longest without contact first
 * @param inactive in the wind for months, still sought
 * @param contactOverdue the next contact is past due (not yet in the wind)
 * @param intakesDue intake due within a week, or overdue
 * @param openCrises crises not resolved, oldest first
 * @param releasesExpiring releases in force ending within 30 days (those that tell of
 * substance-use treatment are left out: 42 CFR Part 2)
 * @param followUpsNotReached after discharge, the latest check-in did not reach them
 */
public record AtRisk(List<Row> inTheWind, List<Row> inactive, List<Row> contactOverdue, List<Row> intakesDue,
		List<Row> openCrises, List<Row> releasesExpiring, List<Row> followUpsNotReached) {

	/**
	 * One participant on a list.
	 *
	 * @param at the moment the list is about: last contact, contact due, intake due,
	 * crisis reported, release ends, check-in recorded
	 * @param days whole days since {@code at} (or, for what is still ahead, left until
	 * it: negative once past)
	 * @param detail what it is, in words
	 * @param inTime for a crisis: answered within the response time (or still can be)
	 */
	public record Row(long participantId, String caseNumber, String name, String caseManager, Instant at, long days,
			String detail, Boolean inTime) {
	}

}
