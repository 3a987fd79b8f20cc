package org.waypoint.lifecycle.process;

/**
 * Declaration of processes/participant-lifecycle.bpmn: its key, element ids and
 * variables.
 */
public final class ParticipantLifecycleProcess {

	public static final String KEY = "participant-lifecycle";

	public static final String TASK_SCREEN_REFERRAL = "Task_ScreenReferral";

	public static final String TASK_CHECK_ELIGIBILITY = "BusinessRuleTask_CheckEligibility";

	public static final String TASK_PRIORITIZE_REFERRAL = "BusinessRuleTask_PrioritizeReferral";

	public static final String TASK_DECIDE_CAPACITY = "Task_DecideCapacity";

	public static final String TASK_REVIEW_STAFFING = "Task_ReviewStaffing";

	public static final String END_REFERRAL_LINKED = "EndEvent_ReferralLinked";

	public static final String END_REFERRAL_INELIGIBLE = "EndEvent_ReferralIneligible";

	public static final String END_REFERRAL_DECLINED = "EndEvent_ReferralDeclined";

	public static final String END_PARTICIPANT_ASSIGNED = "EndEvent_ParticipantAssigned";

	public static final String END_STAFFING_REVIEWED = "EndEvent_StaffingReviewed";

	public static final String END_NO_STAFFING_REVIEW = "EndEvent_NoStaffingReview";

	/** Ids and routing facts only: the person's details stay in the referral table. */
	public static final class Variables {

		public static final String REFERRAL_ID = "referralId";

		/** First name and last initial, for Tasklist rows. */
		public static final String PARTICIPANT_NAME = "participantName";

		public static final String CASE_NUMBER = "caseNumber";

		public static final String DOOR = "door";

		/** Case number of an active participant who may be the same person, or null. */
		public static final String POSSIBLE_MATCH = "possibleMatch";

		/** Screening: staff confirm the possible match is the same person. */
		public static final String SAME_PERSON = "samePerson";

		/** Screening answers (form screen-referral), read by referral-eligibility. */
		public static final String ADULT = "adult";

		public static final String IN_SERVICE_AREA = "inServiceArea";

		public static final String BEHAVIORAL_HEALTH_NEED = "behavioralHealthNeed";

		public static final String EXCLUDED_CHARGE = "excludedCharge";

		/** referral-eligibility's answer; empty when eligible. */
		public static final String INELIGIBLE_REASON = "ineligibleReason";

		/** referral-priority's answer. */
		public static final String PRIORITY = "priority";

		/**
		 * The capacity decision: ACCEPT or DECLINE, its reason, and whether it went over
		 * the average.
		 */
		public static final String DECISION = "decision";

		public static final String DECISION_REASON = "decisionReason";

		public static final String OVER_AVERAGE = "overAverage";

		public static final String CASE_MANAGER = "caseManagerId";

		private Variables() {
		}

	}

	private ParticipantLifecycleProcess() {
	}

}
