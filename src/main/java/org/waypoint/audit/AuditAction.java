package org.waypoint.audit;

/** What an audit line records. */
public enum AuditAction {

	/** Someone opened a participant's record. */
	PARTICIPANT_RECORD_READ,

	/** Information was shared with a party under a release of information. */
	DISCLOSURE_MADE,

	/** A disclosure was refused: no release in force covers it. */
	DISCLOSURE_REFUSED,

	/**
	 * A change that ends or narrows a case was refused: the caller is not the
	 * participant's case manager and does not oversee the program.
	 */
	CASE_CHANGE_REFUSED,

	/** A supervisor changed a case manager's own limit or leave. */
	STAFF_CHANGED

}
