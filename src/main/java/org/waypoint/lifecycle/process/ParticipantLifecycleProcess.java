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

	public static final String END_REFERRAL_LINKED = "EndEvent_ReferralLinked";

	public static final String END_REFERRAL_INELIGIBLE = "EndEvent_ReferralIneligible";

	public static final String END_REFERRAL_DECLINED = "EndEvent_ReferralDeclined";

	public static final String TASK_ENROLL_PARTICIPANT = "Task_EnrollParticipant";

	public static final String SUBPROCESS_INTAKE = "SubProcess_Intake";

	public static final String TASK_CONDUCT_INTAKE = "Task_ConductIntake";

	public static final String CALL_SEEK_BEFORE_INTAKE = "CallActivity_SeekBeforeIntake";

	public static final String TASK_REMIND_INTAKE_DEADLINE = "Task_RemindIntakeDeadline";

	public static final String BOUNDARY_INTAKE_WINDOW_PASSED = "BoundaryEvent_IntakeWindowPassed";

	public static final String TASK_DECIDE_MISSED_INTAKE = "Task_DecideMissedIntake";

	public static final String END_INTAKE_RECORDED = "EndEvent_IntakeRecorded";

	public static final String END_FOUND_FOR_INTAKE = "EndEvent_FoundForIntake";

	public static final String END_REACHED_BEFORE_INTAKE = "EndEvent_ReachedBeforeIntake";

	public static final String END_NO_SEARCH_NEEDED = "EndEvent_NoSearchNeeded";

	public static final String END_REFERRAL_CLOSED_WITHOUT_INTAKE = "EndEvent_ReferralClosedWithoutIntake";

	public static final String CALL_CASE_MANAGEMENT = "CallActivity_CaseManagement";

	public static final String END_ENROLLMENT_ENDED = "EndEvent_EnrollmentEnded";

	public static final String CALL_FOLLOW_UP = "CallActivity_FollowUp";

	public static final String END_RECORD_CLOSED = "EndEvent_RecordClosed";

	/**
	 * A contact with staff (ParticipantSeenCorrelation): a person waiting for intake was
	 * reached.
	 */
	public static final String MESSAGE_CONTACT_RECORDED = "ContactRecorded";

	/**
	 * An early exit, with its reason in enrollmentEnd (POST /api/participants/{id}/exit).
	 */
	public static final String MESSAGE_PARTICIPANT_LEFT = "ParticipantLeft";

	/**
	 * The case manager raises step-down readiness (POST
	 * /api/participants/{id}/step-down).
	 */
	public static final String MESSAGE_STEP_DOWN_RAISED = "StepDownRaised";

	/** Ids and routing facts only: the person's details stay in the referral table. */
	public static final class Variables {

		public static final String DOOR = "door";

		/** Case number of an active participant who may be the same person, or null. */
		public static final String POSSIBLE_MATCH = "possibleMatch";

		/** Screening: staff confirm the possible match is the same person. */
		public static final String SAME_PERSON = "samePerson";

		/** Screening answers (form screen-referral), read by referral-eligibility. */
		public static final String ADULT = "adult";

		public static final String IN_SERVICE_AREA = "inServiceArea";

		public static final String BEHAVIORAL_HEALTH_NEED = "behavioralHealthNeed";

		/** Ticked when the current charge is not one the site excludes. */
		public static final String CHARGE_ELIGIBLE = "chargeEligible";

		/** referral-eligibility's answer; empty when eligible. */
		public static final String INELIGIBLE_REASON = "ineligibleReason";

		/** referral-priority's answer. */
		public static final String PRIORITY = "priority";

		/**
		 * The capacity decision the model's gateway reads: AdmissionRuling's ACCEPT or
		 * DECLINE.
		 */
		public static final String DECISION = "decision";

		public static final String DECISION_REASON = "decisionReason";

		/** Screening: the person knows about the referral and can be reached. */
		public static final String PERSON_REACHED = "personReached";

		/** The intake window: when a supervisor is reminded, when it ends. */
		public static final String INTAKE_REMIND_AT = "intakeRemindAt";

		public static final String INTAKE_DUE_AT = "intakeDueAt";

		/**
		 * Form decide-missed-intake: EXTEND, KEEP_SEEKING or CLOSE_REFERRAL, and the days
		 * of the new window.
		 */
		public static final String MISSED_INTAKE_DECISION = "missedIntakeDecision";

		public static final String EXTENSION_DAYS = "extensionDays";

		/** How the enrollment ended (an EnrollmentEnd), from case-management. */
		public static final String ENROLLMENT_END = "enrollmentEnd";

		/** The referrer's release let the program tell them how the stay ended. */
		public static final String REFERRER_TOLD = "referrerTold";

		private Variables() {
		}

	}

	private ParticipantLifecycleProcess() {
	}

}
