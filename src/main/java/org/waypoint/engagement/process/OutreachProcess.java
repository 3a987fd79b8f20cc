package org.waypoint.engagement.process;

import java.util.List;

/** Declaration of processes/outreach.bpmn: its key, element ids and variables. */
public final class OutreachProcess {

	public static final String KEY = "outreach";

	public static final String TASK_OPEN_SEARCH = "Task_OpenSearch";

	public static final String TASK_LOCATE_PARTICIPANT = "Task_LocateParticipant";

	public static final String TASK_RECORD_ATTEMPT = "Task_RecordAttempt";

	public static final String TASK_REVIEW_OUTREACH = "Task_ReviewOutreach";

	public static final String TASK_APPLY_REVIEW = "Task_ApplyReview";

	public static final String TIMER_NEXT_ATTEMPT_DUE = "TimerCatch_NextAttemptDue";

	public static final String END_PERSON_LOCATED = "EndEvent_PersonLocated";

	public static final class Variables {

		/**
		 * From the caller, beside the participant's ids: why they are sought (an
		 * OutreachReason).
		 */
		public static final String OUTREACH_REASON = "outreachReason";

		/** The outreach episode in the domain. */
		public static final String OUTREACH_ID = "outreachId";

		public static final String ATTEMPT_NUMBER = "attemptNumber";

		/** ISO 8601 duration to the next attempt: the site's cadence. */
		public static final String ATTEMPT_INTERVAL = "attemptInterval";

		/** The group that makes the attempts: outreach, or peer specialists. */
		public static final String SEEKER_GROUP = "seekerGroup";

		public static final String FAILED_ATTEMPTS = "failedAttempts";

		public static final String REVIEW_DUE = "reviewDue";

		/** Task-local, shown by the attempt form, never recorded in history. */
		public static final String WHEREABOUTS = "whereabouts";

		/** Form locate-participant: the routing answer, and the detail for the domain. */
		public static final String LOCATED = "located";

		public static final String PLACES_SEARCHED = "placesSearched";

		public static final String LAST_SEEN_WHERE = "lastSeenWhere";

		public static final String WHO_SAW = "whoSaw";

		public static final String ATTEMPT_NOTE = "attemptNote";

		public static final List<String> ATTEMPT_DETAIL = List.of(PLACES_SEARCHED, LAST_SEEN_WHERE, WHO_SAW,
				ATTEMPT_NOTE);

		/** Form review-outreach: an OutreachDecision and, to keep seeking, a strategy. */
		public static final String OUTREACH_DECISION = "outreachDecision";

		public static final String NEW_STRATEGY = "newStrategy";

		private Variables() {
		}

	}

	private OutreachProcess() {
	}

}
