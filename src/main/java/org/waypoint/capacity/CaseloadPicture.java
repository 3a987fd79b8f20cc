package org.waypoint.capacity;

/**
 * The live caseload at the moment a referral is decided: what the referral-admission
 * policy table reads. Averages are empty when no case manager is active.
 *
 * @param activeCaseManagers case managers on staff now, those away included
 * @param fullTimeEquivalents the same, each counted as their own limit's share of the
 * cap: a part-time case manager with a limit of 12 under a cap of 25 counts 0.48
 * @param totalCaseload participants held by them (those "in the wind" included, source
 * 000)
 * @param lowestCaseload caseload of the least-loaded case manager who takes referrals
 * (not away) and has room under their own limit; when none has room, the least-loaded of
 * those who take referrals; empty when nobody takes referrals
 * @param expectedPriorityReferrals priority referrals expected over the look-ahead window
 * @param roomUnderOwnLimits whether a case manager who takes referrals has room under
 * their own limit
 * @param ownLimits each case manager who takes referrals, their caseload and own limit
 * ("casey 12 of 12, sam 20 of 25"), for the reasons the table gives
 */
public record CaseloadPicture(int activeCaseManagers, double fullTimeEquivalents, int totalCaseload,
		Integer lowestCaseload, int expectedPriorityReferrals, boolean roomUnderOwnLimits, String ownLimits) {

	public CaseloadPicture {
		if (activeCaseManagers < 0 || fullTimeEquivalents < 0 || totalCaseload < 0 || expectedPriorityReferrals < 0) {
			throw new IllegalArgumentException("Caseload figures cannot be negative");
		}
		if (lowestCaseload == null && roomUnderOwnLimits) {
			throw new IllegalArgumentException("Room under a limit needs a case manager who takes referrals");
		}
	}

	/**
	 * Case managers with no limits of their own below the cap, all taking referrals: one
	 * caseload judged alone, and the tables' tests.
	 */
	public CaseloadPicture(int activeCaseManagers, int totalCaseload, Integer lowestCaseload,
			int expectedPriorityReferrals) {
		this(activeCaseManagers, activeCaseManagers, totalCaseload, lowestCaseload, expectedPriorityReferrals,
				lowestCaseload != null, "");
	}

	/** The average caseload if this referral is accepted. */
	public Double averageAfterAcceptance() {
		return averageWith(1);
	}

	/**
	 * The average caseload if this referral and every expected priority referral are
	 * accepted.
	 */
	public Double averageWithPriorityReserve() {
		return averageWith(1 + this.expectedPriorityReferrals);
	}

	private Double averageWith(int additionalParticipants) {
		if (this.fullTimeEquivalents == 0) {
			return null;
		}
		return (this.totalCaseload + additionalParticipants) / this.fullTimeEquivalents;
	}

}
