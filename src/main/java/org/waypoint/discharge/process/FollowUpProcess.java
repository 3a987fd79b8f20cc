package org.waypoint.discharge.process;

import java.util.List;

/**
 * Declaration of processes/post-discharge-follow-up.bpmn: its key, element ids and
 * variables.
 */
public final class FollowUpProcess {

	public static final String KEY = "post-discharge-follow-up";

	public static final String SUBPROCESS_CHECK_IN = "SubProcess_CheckIn";

	public static final String TIMER_CHECK_IN_DUE = "TimerCatch_CheckInDue";

	public static final String TASK_CHECK_IN = "Task_CheckIn";

	public static final String TIMER_RETRY = "TimerCatch_RetryCheckIn";

	public static final String END_CHECK_IN_NOT_REACHED = "EndEvent_CheckInNotReached";

	public static final String END_RETURNED = "EndEvent_ReturnedToProgram";

	public static final String END_FOLLOW_UP_CLOSED = "EndEvent_FollowUpClosed";

	public static final class Variables {

		public static final String FOLLOW_UP_ID = "followUpId";

		/**
		 * Who makes the check-ins: the site's follow-up worker or the former case
		 * manager.
		 */
		public static final String FOLLOW_UP_WORKER = "followUpWorker";

		/** The days after discharge of the check-ins; one check-in per element. */
		public static final String CHECK_IN_DAYS = "checkInDays";

		public static final String CHECK_IN_DAY = "checkInDay";

		public static final String CHECK_IN_REACHED = "checkInReached";

		public static final String RETURN_TO_PROGRAM = "returnToProgram";

		public static final String MAY_RETRY = "mayRetryCheckIn";

		private Variables() {
		}

	}

	/** The check-in form's fields that go to the check-in table. */
	static final class Fields {

		static final String PROVIDER_ENGAGED = "checkInProviderEngaged";

		static final String CONFIRMED_WITH = "checkInConfirmedWith";

		static final String PROVIDER = "checkInProvider";

		static final String CRISIS = "checkInCrisis";

		static final String WANTS_RETURN = "checkInWantsReturn";

		static final String NOTE = "checkInNote";

		static final List<String> DETAIL = List.of(Variables.CHECK_IN_REACHED, PROVIDER_ENGAGED, CONFIRMED_WITH,
				PROVIDER, CRISIS, WANTS_RETURN, NOTE);

		private Fields() {
		}

	}

	private FollowUpProcess() {
	}

}
