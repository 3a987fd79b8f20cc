package org.waypoint.participant;

/** Why an enrollment ended, and the participant's status after it. */
public enum EnrollmentEnd {

	/** The intake window passed and a supervisor closed the referral. */
	CLOSED_WITHOUT_INTAKE(ParticipantStatus.CLOSED, false),

	DECLINED_SERVICES(ParticipantStatus.EXITED, false),

	INCARCERATED(ParticipantStatus.EXITED, false),

	MOVED_AWAY(ParticipantStatus.EXITED, false),

	DIED(ParticipantStatus.DECEASED, false),

	STEP_DOWN(ParticipantStatus.DISCHARGED, true),

	PROGRAM_COMPLETION(ParticipantStatus.DISCHARGED, true),

	COURT_COMPLETION(ParticipantStatus.DISCHARGED, true);

	private final ParticipantStatus statusAfter;

	private final boolean discharge;

	EnrollmentEnd(ParticipantStatus statusAfter, boolean discharge) {
		this.statusAfter = statusAfter;
		this.discharge = discharge;
	}

	public ParticipantStatus statusAfter() {
		return this.statusAfter;
	}

	/** A planned discharge, followed up for 90 days; otherwise an early exit. */
	public boolean isDischarge() {
		return this.discharge;
	}

}
