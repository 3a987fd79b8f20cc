package org.waypoint.engagement.process;

import java.util.List;

/**
 * Declaration of processes/record-contact.bpmn, and of the record-contact form that the
 * contact-watch tasks use too.
 */
public final class RecordContactProcess {

	public static final String KEY = "record-contact";

	public static final String TASK_RECORD_CONTACT = "Task_RecordContact";

	public static final String TASK_FILE_CONTACT = "Task_FileContact";

	public static final class Variables {

		public static final String INITIATOR = "initiator";

		/**
		 * Typed in the form when the task was started by hand; in a participant's own
		 * process (caseNumber set) the form shows no case number field.
		 */
		public static final String CONTACT_CASE_NUMBER = "contactCaseNumber";

		public static final String CONTACT_OCCURRED_AT = "contactOccurredAt";

		public static final String CONTACT_PLACE = "contactPlace";

		public static final String CONTACT_WITH_PARTICIPANT = "contactWithParticipant";

		public static final String CONTACT_NOTE = "contactNote";

		/** The routing answer left behind: was the participant seen? */
		public static final String PARTICIPANT_SEEN = "participantSeen";

		public static final List<String> CONTACT_DETAIL = List.of(CONTACT_CASE_NUMBER, CONTACT_OCCURRED_AT,
				CONTACT_PLACE, CONTACT_WITH_PARTICIPANT, CONTACT_NOTE);

		private Variables() {
		}

	}

	private RecordContactProcess() {
	}

}
