package org.waypoint.capacity;

/**
 * The live caseload at the moment a referral is decided: what the referral-admission
 * policy table reads. Averages are empty when no case manager is active.
 *
 * @param activeCaseManagers case managers who take participants now
 * @param totalCaseload participants held by them (those "in the wind" included, source
 * 000)
 * @param lowestCaseload caseload of the least-loaded active case manager, empty when none
 * @param expectedPriorityReferrals priority referrals expected over the look-ahead window
 */
public record CaseloadPicture(int activeCaseManagers, int totalCaseload, Integer lowestCaseload,
		int expectedPriorityReferrals) {

	public CaseloadPicture {
		if (activeCaseManagers < 0 || totalCaseload < 0 || expectedPriorityReferrals < 0) {
			throw new IllegalArgumentException("Caseload figures cannot be negative");
		}
		if ((activeCaseManagers == 0) != (lowestCaseload == null)) {
			throw new IllegalArgumentException("The lowest caseload exists exactly when a case manager is active");
		}
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
		if (this.activeCaseManagers == 0) {
			return null;
		}
		return (this.totalCaseload + additionalParticipants) / (double) this.activeCaseManagers;
	}

}
