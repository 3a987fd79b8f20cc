package org.waypoint.casefile;

import java.time.Instant;
import java.util.Comparator;

/**
 * One participant on a caseload, with what makes them need the team now.
 *
 * @param summary where they stand, in words ("In the wind for 12 days")
 * @param lastSeen the last contact with them, outreach attempt that found them or
 * sighting; null if never seen since referral
 */
public record CaseloadRow(long participantId, String caseNumber, String name, String status, String summary,
		String caseManagerId, boolean crisisOpen, Instant nextContactDue, boolean contactOverdue, Instant lastSeen,
		Instant inTheWindSince, Instant intakeDue) {

	/**
	 * An open crisis first; then contact overdue, longest first (slipping away, not yet
	 * lost); then in the wind, longest first; then intake due, soonest first; then the
	 * rest by the next contact due.
	 */
	static final Comparator<CaseloadRow> MOST_IN_NEED_FIRST = Comparator.comparingInt(CaseloadRow::urgency)
		.thenComparing(CaseloadRow::urgentSince, Comparator.nullsLast(Comparator.naturalOrder()));

	private int urgency() {
		if (this.crisisOpen) {
			return 0;
		}
		if (this.contactOverdue && this.inTheWindSince == null) {
			return 1;
		}
		if (this.inTheWindSince != null) {
			return 2;
		}
		return (this.intakeDue != null) ? 3 : 4;
	}

	/** Within the same urgency, the earlier this instant, the sooner they come. */
	private Instant urgentSince() {
		return switch (urgency()) {
			case 2 -> this.inTheWindSince;
			case 3 -> this.intakeDue;
			default -> this.nextContactDue;
		};
	}

}
