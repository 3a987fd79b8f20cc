package org.waypoint.lifecycle.process;

/** Declaration of processes/case-management.bpmn: its key, element ids and variables. */
public final class CaseManagementProcess {

	public static final String KEY = "case-management";

	/** Consent's record-releases, as the case opens. */
	public static final String CALL_RECORD_RELEASES = "CallActivity_RecordReleases";

	public static final String GATEWAY_AWAIT_NEXT_STEP = "Gateway_AwaitNextStep";

	/** Discharge's step-down: the supervisor's review, then the discharge. */
	public static final String CALL_STEP_DOWN = "CallActivity_StepDown";

	public static final String END_DISCHARGED = "EndEvent_Discharged";

	public static final String END_CRISIS_HANDLED = "EndEvent_CrisisHandled";

	public static final String END_PROBATION_UPDATE_HANDLED = "EndEvent_ProbationUpdateHandled";

	public static final String END_REQUESTED_HANDOFF_DONE = "EndEvent_RequestedHandoffDone";

	/**
	 * A crisis for the participant (CrisisService): the crisis sub-process (and, in the
	 * contact watch, tighter contacts).
	 */
	public static final String MESSAGE_CRISIS_REPORTED = "CrisisReported";

	/** A handoff a case manager asked for (HandoffService.request). */
	public static final String MESSAGE_HANDOFF_REQUESTED = "HandoffRequested";

	/** The contact watch (engagement's contact-watch), beside the work of the plan. */
	public static final String CALL_WATCH_CONTACTS = "CallActivity_WatchContacts";

	public static final String END_WATCH_ENDED = "EndEvent_WatchEnded";

	public static final String CALL_RESPOND_TO_CRISIS = "CallActivity_RespondToCrisis";

	public static final class Variables {

		/**
		 * Who raised a step-down and when (the API's caller, or a plan review), passed on
		 * to step-down.
		 */
		public static final String STEP_DOWN_PROPOSED_BY = "stepDownProposedBy";

		public static final String STEP_DOWN_PROPOSED_AT = "stepDownProposedAt";

		/**
		 * From case-plan: the plan drafted, and the one approved in this round (none if
		 * kept).
		 */
		public static final String PLAN_ID = "planId";

		public static final String APPROVED_PLAN_ID = "approvedPlanId";

		/** The plan's handoffs to start, for a multi-instance call of warm-handoff. */
		public static final String PLAN_HANDOFF_IDS = "planHandoffIds";

		/**
		 * Local to the crisis sub-process, from the message: which crisis, and what kind
		 * (a routing fact), passed on to crisis-response.
		 */
		public static final String CRISIS_ID = "crisisId";

		public static final String CRISIS_KIND = "crisisKind";

		/** How the enrollment ended (an EnrollmentEnd), returned to the lifecycle. */
		public static final String ENROLLMENT_END = "enrollmentEnd";

		private Variables() {
		}

	}

	private CaseManagementProcess() {
	}

}
