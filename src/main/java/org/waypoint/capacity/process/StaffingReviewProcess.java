package org.waypoint.capacity.process;

/** Declaration of processes/staffing-review.bpmn: its key, element ids and variables. */
public final class StaffingReviewProcess {

	public static final String KEY = "staffing-review";

	public static final String TASK_REVIEW_STAFFING = "Task_ReviewStaffing";

	public static final String END_STAFFING_REVIEWED = "EndEvent_StaffingReviewed";

	/** Program-level figures only: no participant is named in this process. */
	public static final class Variables {

		/** Acceptances above the average since the review opened. */
		public static final String ACCEPTANCES_ABOVE_AVERAGE = "acceptancesAboveAverage";

		/** The latest such decision's reason, with its figures. */
		public static final String DECISION_REASON = "decisionReason";

		private Variables() {
		}

	}

	private StaffingReviewProcess() {
	}

}
