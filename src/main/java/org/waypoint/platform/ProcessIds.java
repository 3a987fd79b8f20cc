package org.waypoint.platform;

/**
 * The names of the ids every participant's process carries, for code outside the feature
 * that owns a model (the case file finds a task's participant by them).
 */
public final class ProcessIds {

	public static final String PARTICIPANT_ID = "participantId";

	public static final String REFERRAL_ID = "referralId";

	/** The case number, also the business key of the participant's processes. */
	public static final String CASE_NUMBER = "caseNumber";

	/** First name and last initial, for Tasklist rows and task names. */
	public static final String PARTICIPANT_NAME = "participantName";

	private ProcessIds() {
	}

}
