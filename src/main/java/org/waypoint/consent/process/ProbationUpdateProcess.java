package org.waypoint.consent.process;

/** Declaration of processes/probation-update.bpmn: its key, element ids and variables. */
public final class ProbationUpdateProcess {

	public static final String KEY = "probation-update";

	public static final String TASK_CHECK_RELEASE = "Task_CheckRelease";

	public static final String TASK_PREPARE_PROBATION_UPDATE = "Task_PrepareProbationUpdate";

	public static final String END_NOTHING_SHAREABLE = "EndEvent_NothingShareable";

	public static final String END_REPLACED = "EndEvent_Replaced";

	public static final String END_UPDATE_SHARED = "EndEvent_UpdateShared";

	/** A probation release was revoked or recorded: the open update is checked again. */
	public static final String MESSAGE_RELEASE_CHANGED = "ProbationReleaseChanged";

	public static final class Variables {

		/** When the next cycle's update comes and replaces this one. */
		public static final String NEXT_UPDATE_DUE = "nextUpdateDue";

		/** Routing: whether any part of the update is allowed now. */
		public static final String SHAREABLE = "probationShareable";

		private Variables() {
		}

	}

	private ProbationUpdateProcess() {
	}

}
