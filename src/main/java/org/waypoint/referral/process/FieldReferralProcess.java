package org.waypoint.referral.process;

import java.util.List;

/** Declaration of processes/field-referral.bpmn: its key, element ids and variables. */
public final class FieldReferralProcess {

	public static final String KEY = "field-referral";

	public static final String TASK_RECORD_FIELD_REFERRAL = "Task_RecordFieldReferral";

	public static final String END_FIELD_REFERRAL_TAKEN = "EndEvent_FieldReferralTaken";

	public static final class Variables {

		/** The outreach worker who started it (camunda:initiator). */
		public static final String INITIATOR = "initiator";

		public static final String DOOR = "door";

		public static final String FIRST_NAME = "firstName";

		public static final String LAST_NAME = "lastName";

		public static final String DATE_OF_BIRTH = "dateOfBirth";

		public static final String EXTERNAL_ID = "externalId";

		public static final String REFERRING_AGENCY = "referringAgency";

		public static final String REFERRING_OFFICER = "referringOfficer";

		public static final String REASON = "reason";

		public static final String CONTACT_HINTS = "contactHints";

		/**
		 * The person's details: moved to the referral table when the task completes,
		 * removed from the process, and never written to the engine's history (see
		 * waypoint.history.unrecorded-variables).
		 */
		public static final List<String> PERSONAL = List.of(DOOR, FIRST_NAME, LAST_NAME, DATE_OF_BIRTH, EXTERNAL_ID,
				REFERRING_AGENCY, REFERRING_OFFICER, REASON, CONTACT_HINTS);

		private Variables() {
		}

	}

	private FieldReferralProcess() {
	}

}
