package org.waypoint.lifecycle.process;

/** Declaration of processes/case-management.bpmn: its key, element ids and variables. */
public final class CaseManagementProcess {

	public static final String KEY = "case-management";

	public static final String TASK_RECORD_RELEASE = "Task_RecordRelease";

	public static final String GATEWAY_AWAIT_NEXT_STEP = "Gateway_AwaitNextStep";

	public static final String TASK_APPROVE_STEP_DOWN = "Task_ApproveStepDown";

	public static final String TASK_PLAN_DISCHARGE = "Task_PlanDischarge";

	public static final String END_DISCHARGED = "EndEvent_Discharged";

	public static final String END_CRISIS_HANDLED = "EndEvent_CrisisHandled";

	public static final String CALL_PROBATION_UPDATE = "CallActivity_ProbationUpdate";

	public static final String END_PROBATION_UPDATE_HANDLED = "EndEvent_ProbationUpdateHandled";

	public static final String END_REQUESTED_HANDOFF_DONE = "EndEvent_RequestedHandoffDone";

	/**
	 * A crisis for the participant (CrisisService): the crisis sub-process, and tighter
	 * contacts.
	 */
	public static final String MESSAGE_CRISIS_REPORTED = "CrisisReported";

	/** A handoff a case manager asked for (HandoffService.request). */
	public static final String MESSAGE_HANDOFF_REQUESTED = "HandoffRequested";

	public static final String GATEWAY_AWAIT_CONTACT = "Gateway_AwaitContact";

	public static final String TIMER_CONTACT_DUE = "TimerCatch_ContactDue";

	public static final String TASK_MAKE_OVERDUE_CONTACT = "Task_MakeOverdueContact";

	public static final String BOUNDARY_IN_THE_WIND = "BoundaryEvent_InTheWind";

	public static final String SUBPROCESS_IN_THE_WIND = "SubProcess_InTheWind";

	public static final String CALL_SEEK_IN_THE_WIND = "CallActivity_SeekInTheWind";

	public static final String BOUNDARY_INACTIVE_THRESHOLD = "BoundaryEvent_InactiveThreshold";

	public static final String TASK_DECIDE_INACTIVE_SLOT = "Task_DecideInactiveSlot";

	public static final String TASK_REINSTATE_SLOT = "Task_ReinstateSlot";

	public static final String TASK_RECONNECT = "Task_Reconnect";

	public static final String END_SLOT_KEPT = "EndEvent_SlotKept";

	public static final String END_SLOT_RELEASED = "EndEvent_SlotReleased";

	public static final class Variables {

		/** Who raised a step-down and when (the API's caller, or a plan review). */
		public static final String STEP_DOWN_PROPOSED_BY = "stepDownProposedBy";

		public static final String STEP_DOWN_PROPOSED_AT = "stepDownProposedAt";

		/** Form decide-inactive-slot: KEEP or RELEASE. */
		public static final String SLOT_DECISION = "slotDecision";

		/** How the enrollment ended (an EnrollmentEnd), returned to the lifecycle. */
		public static final String ENROLLMENT_END = "enrollmentEnd";

		private Variables() {
		}

	}

	private CaseManagementProcess() {
	}

}
