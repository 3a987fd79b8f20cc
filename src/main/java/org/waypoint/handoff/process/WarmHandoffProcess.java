package org.waypoint.handoff.process;

import java.util.List;

/** Declaration of processes/warm-handoff.bpmn: its key, element ids and variables. */
public final class WarmHandoffProcess {

	public static final String KEY = "warm-handoff";

	public static final String TASK_SCHEDULE_HANDOFF = "Task_ScheduleHandoff";

	public static final String TASK_ACCOMPANY_PARTICIPANT = "Task_AccompanyParticipant";

	public static final String TASK_CONFIRM_ENGAGEMENT = "Task_ConfirmEngagement";

	public static final String CALL_SEEK_FOR_HANDOFF = "CallActivity_SeekForHandoff";

	public static final String TIMER_CONFIRM_DUE = "TimerCatch_ConfirmDue";

	public static final String END_PHONE_REFERRAL_ONLY = "EndEvent_PhoneReferralOnly";

	public static final String END_OUTCOME_RECORDED = "EndEvent_OutcomeRecorded";

	public static final String END_NOT_ENGAGED = "EndEvent_NotEngaged";

	public static final class Variables {

		public static final String HANDOFF_ID = "handoffId";

		/** For the forms: which kind of provider (e.g. "housing"). */
		public static final String SERVICE_LABEL = "serviceLabel";

		/** Routing facts left by the forms. */
		public static final String PHONE_REFERRAL_ONLY = "phoneReferralOnly";

		public static final String APPOINTMENT_AT = "appointmentAt";

		/** The case manager when they go, nobody (peer specialists' queue) otherwise. */
		public static final String ACCOMPANY_ASSIGNEE = "accompanyAssignee";

		public static final String PARTICIPANT_SEEN = "participantSeenByProvider";

		public static final String PARTICIPANT_MISSING = "participantMissing";

		public static final String MAY_RESCHEDULE = "mayReschedule";

		/** Task-local on the confirmation form: a release lets the provider be asked. */
		public static final String PROVIDER_MAY_BE_ASKED = "providerMayBeAsked";

		private Variables() {
		}

	}

	/** The forms' fields that go to the handoff tables. */
	static final class Fields {

		static final String PROVIDER_NAME = "providerName";

		static final String PROVIDER_CONTACT = "providerContact";

		static final String APPOINTMENT_PLACE = "appointmentPlace";

		static final String ACCOMPANIED_BY = "accompaniedBy";

		static final String PHONE_NOTE = "phoneReferralNote";

		static final String WHO_WENT = "whoWent";

		static final String TRANSPORT = "transport";

		static final String VISIT_NOTE = "visitNote";

		static final String OUTCOME = "handoffOutcome";

		static final String CONFIRMED_WITH = "confirmedWith";

		static final String OUTCOME_NOTE = "outcomeNote";

		static final List<String> DETAIL = List.of(PROVIDER_NAME, PROVIDER_CONTACT, APPOINTMENT_PLACE, ACCOMPANIED_BY,
				PHONE_NOTE, WHO_WENT, TRANSPORT, VISIT_NOTE, OUTCOME, CONFIRMED_WITH, OUTCOME_NOTE);

		private Fields() {
		}

	}

	private WarmHandoffProcess() {
	}

}
