package org.waypoint.capacity.process;

/**
 * Declaration of processes/caseload-handover.bpmn: its key, element ids and variables.
 */
public final class CaseloadHandoverProcess {

	/** One per case manager who left; the business key is their login. */
	public static final String KEY = "caseload-handover";

	public static final String TASK_REASSIGN_CASELOAD = "Task_ReassignCaseload";

	public static final String END_CASELOAD_MOVED = "EndEvent_CaseloadMoved";

	public static final class Variables {

		public static final String LEAVING_CASE_MANAGER = "leavingCaseManager";

		/** Their name, for the task's name and form. */
		public static final String LEAVING_CASE_MANAGER_NAME = "leavingCaseManagerName";

		/** Task-local: "R-00042 Jane D." per participant still held. */
		public static final String CASELOAD_TO_MOVE = "caseloadToMove";

		/** Task-local: the form's choices of colleague, as form-js options. */
		public static final String CASE_MANAGER_OPTIONS = "caseManagerOptions";

		/** The form's choice: a colleague's login, or {@link #LEAST_LOADED}. */
		public static final String MOVE_TO = "moveTo";

		public static final String LEAST_LOADED = "LEAST_LOADED";

		/** Who could not be moved last time, and why. */
		public static final String HANDOVER_PROBLEMS = "handoverProblems";

		/** Routing: someone is still on the caseload. */
		public static final String CASELOAD_STILL_HELD = "caseloadStillHeld";

		private Variables() {
		}

	}

	private CaseloadHandoverProcess() {
	}

}
