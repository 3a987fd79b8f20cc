package org.waypoint.engagement.process;

/** Declaration of processes/contact-watch.bpmn: its key, element ids and variables. */
public final class ContactWatchProcess {

	public static final String KEY = "contact-watch";

	/** A contact with staff was recorded (ParticipantSeen): the watch starts over. */
	public static final String MESSAGE_CONTACT_RECORDED = "ContactRecorded";

	/** A partner saw the participant (POST /api/referrals/{id}/sightings). */
	public static final String MESSAGE_PARTICIPANT_SIGHTED = "ParticipantSighted";

	/** A crisis was reported (CrisisService): contacts tighten while it is open. */
	public static final String MESSAGE_CRISIS_REPORTED = "CrisisReported";

	public static final String GATEWAY_AWAIT_CONTACT = "Gateway_AwaitContact";

	public static final String TIMER_CONTACT_DUE = "TimerCatch_ContactDue";

	public static final String TASK_MAKE_OVERDUE_CONTACT = "Task_MakeOverdueContact";

	public static final String BOUNDARY_IN_THE_WIND = "BoundaryEvent_InTheWind";

	public static final String CALL_SEEK_IN_THE_WIND = "CallActivity_SeekInTheWind";

	public static final String TASK_DECIDE_INACTIVE_SLOT = "Task_DecideInactiveSlot";

	public static final String TASK_REINSTATE_SLOT = "Task_ReinstateSlot";

	public static final String TASK_RECONNECT = "Task_Reconnect";

	public static final String END_SLOT_KEPT = "EndEvent_SlotKept";

	public static final String END_SLOT_RELEASED = "EndEvent_SlotReleased";

	public static final String END_PARTICIPANT_GONE = "EndEvent_ParticipantGone";

	/** Beside the participant's ids (ProcessIds), which the caller passes in. */
	public static final class Variables {

		/** Form decide-inactive-slot: KEEP or RELEASE. */
		public static final String SLOT_DECISION = "slotDecision";

		/**
		 * Whether the participant came back through a contact with staff, which is the
		 * reconnection itself.
		 */
		public static final String BACK_THROUGH_A_CONTACT = "backThroughAContact";

		private Variables() {
		}

	}

	private ContactWatchProcess() {
	}

}
