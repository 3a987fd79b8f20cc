package org.waypoint.capacity.process;

/** Declaration of processes/staff-leave.bpmn: its key, element ids and variables. */
public final class StaffLeaveProcess {

	/** One per leave; the business key is the case manager's login. */
	public static final String KEY = "staff-leave";

	public static final String TASK_HAND_OVER = "Task_HandOverTasks";

	public static final String END_BACK = "EndEvent_Back";

	public static final String END_ENDED_EARLY = "EndEvent_EndedEarly";

	/** The leave was ended early or changed: the tasks come back at once. */
	public static final String MESSAGE_LEAVE_ENDED = "StaffLeaveEnded";

	public static final class Variables {

		public static final String COVERED_BY = "coveredBy";

		/** Midnight (UTC) of the first day away. */
		public static final String AWAY_FROM = "awayFrom";

		/** Midnight (UTC) of the day after the last day away. */
		public static final String BACK_ON = "backOn";

		private Variables() {
		}

	}

	private StaffLeaveProcess() {
	}

}
