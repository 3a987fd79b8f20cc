package org.waypoint.discharge.process;

/** Declaration of processes/step-down.bpmn: its key, element ids and variables. */
public final class StepDownProcess {

	public static final String KEY = "step-down";

	public static final String TASK_APPROVE_STEP_DOWN = "Task_ApproveStepDown";

	public static final String TASK_PLAN_DISCHARGE = "Task_PlanDischarge";

	public static final String END_STEPPED_DOWN = "EndEvent_SteppedDown";

	public static final String END_STEP_DOWN_RETURNED = "EndEvent_StepDownReturned";

	/** Beside the participant's ids (ProcessIds), which the caller passes in. */
	public static final class Variables {

		/**
		 * From the caller: who raised the step-down and when (the case manager, a
		 * supervisor, or a plan review).
		 */
		public static final String STEP_DOWN_PROPOSED_BY = "stepDownProposedBy";

		public static final String STEP_DOWN_PROPOSED_AT = "stepDownProposedAt";

		/** Returned: the supervisor's answer. */
		public static final String STEP_DOWN_APPROVED = "stepDownApproved";

		/** Returned when approved: the discharge's reason, the enrollment's end. */
		public static final String ENROLLMENT_END = "enrollmentEnd";

		/** The discharge's warm handoffs, for a multi-instance call of warm-handoff. */
		public static final String DISCHARGE_HANDOFF_IDS = "dischargeHandoffIds";

		private Variables() {
		}

	}

	private StepDownProcess() {
	}

}
