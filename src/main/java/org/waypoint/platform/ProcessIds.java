package org.waypoint.platform;

/**
 * The ids every participant's process carries, declared once for all of them: a process
 * passes those a called process needs on under the same names.
 */
public final class ProcessIds {

	/** The participant record, from enrollment on. */
	public static final ProcessVariable<Long> PARTICIPANT_ID = new ProcessVariable<>("participantId", Long.class);

	public static final ProcessVariable<Long> REFERRAL_ID = new ProcessVariable<>("referralId", Long.class);

	/**
	 * The participant's enrollment (this stay in the program), which holds the caseload
	 * slot.
	 */
	public static final ProcessVariable<Long> ENROLLMENT_ID = new ProcessVariable<>("enrollmentId", Long.class);

	/** The case number, also the business key of the participant's processes. */
	public static final ProcessVariable<String> CASE_NUMBER = new ProcessVariable<>("caseNumber", String.class);

	/** The login of the participant's case manager, whom the processes assign to. */
	public static final ProcessVariable<String> CASE_MANAGER = new ProcessVariable<>("caseManagerId", String.class);

	/** First name and last initial, for Tasklist rows and task names. */
	public static final ProcessVariable<String> PARTICIPANT_NAME = new ProcessVariable<>("participantName",
			String.class);

	private ProcessIds() {
	}

}
