package org.waypoint.crisis.process;

/** Declaration of processes/crisis-response.bpmn: its key, element ids and variables. */
public final class CrisisResponseProcess {

	public static final String KEY = "crisis-response";

	public static final String TASK_RESPOND_TO_CRISIS = "Task_RespondToCrisis";

	public static final String TASK_RESPOND_TO_UNANSWERED_CRISIS = "Task_RespondToUnansweredCrisis";

	public static final String TASK_FOLLOW_UP_CRISIS = "Task_FollowUpCrisis";

	public static final String END_CRISIS_RESOLVED = "EndEvent_CrisisResolved";

	/** Beside the participant's ids (ProcessIds), which the caller passes in. */
	public static final class Variables {

		/** Which crisis (CrisisService's id), and what kind: a routing fact. */
		public static final String CRISIS_ID = "crisisId";

		public static final String CRISIS_KIND = "crisisKind";

		/** The last response's answer: resolved, or followed up again. */
		public static final String CRISIS_RESOLVED = "crisisResolved";

		private Variables() {
		}

	}

	private CrisisResponseProcess() {
	}

}
