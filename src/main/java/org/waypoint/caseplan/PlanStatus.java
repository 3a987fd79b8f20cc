package org.waypoint.caseplan;

/** Where a version of the plan stands. */
public enum PlanStatus {

	/** Waiting for a supervisor. */
	SUBMITTED,

	/** Sent back with the supervisor's comments. */
	RETURNED,

	/** The plan in force. */
	APPROVED,

	/** An approved plan a later version replaced. */
	SUPERSEDED

}
