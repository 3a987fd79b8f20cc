package org.waypoint.referral;

/** Where a referral stands, as its referrer sees it. */
public enum ReferralStatus {

	/** Received, waiting for screening. */
	RECEIVED,

	/** Screened out: the site's criteria are not met. */
	INELIGIBLE,

	/** No room under the caseload policy. */
	DECLINED,

	/** Accepted and on a case manager's caseload. */
	ACCEPTED,

	/**
	 * The person is already an active participant: linked to that record, no new slot.
	 */
	LINKED

}
