package org.waypoint.capacity.process;

/** Declaration of processes/capacity-review.bpmn: its key, element ids and variables. */
public final class CapacityReviewProcess {

	public static final String KEY = "capacity-review";

	public static final String START_REVIEW_DUE = "StartEvent_ReviewDue";

	/** Starts a review on demand. */
	public static final String MESSAGE_REVIEW_REQUESTED = "CapacityReviewRequested";

	public static final String TASK_SUMMARIZE_CASELOADS = "Task_SummarizeCaseloads";

	public static final String TASK_REVIEW_CASELOADS = "Task_ReviewCaseloads";

	public static final String END_CASELOADS_REVIEWED = "EndEvent_CaseloadsReviewed";

	public static final String END_WITHIN_POLICY = "EndEvent_WithinPolicy";

	/** Program-level figures only: no participant is named in this process. */
	public static final class Variables {

		public static final String ACTIVE_CASE_MANAGERS = "activeCaseManagers";

		public static final String AVERAGE_CASELOAD = "averageCaseload";

		public static final String HIGHEST_CASELOAD = "highestCaseload";

		/** The most participants in intensive service models one case manager holds. */
		public static final String HIGHEST_INTENSIVE_CASELOAD = "highestIntensiveCaseload";

		/** capacity-alert's answer; empty when the caseloads are within the policy. */
		public static final String STAFFING_ALERT = "staffingAlert";

		private Variables() {
		}

	}

	private CapacityReviewProcess() {
	}

}
