package org.waypoint.participant;

import io.swagger.v3.oas.annotations.media.Schema;

/** Why an enrollment ended, and the participant's status after it. */
@Schema(enumAsRef = true, description = """
		Why an enrollment ended. Early exits: `DECLINED_SERVICES`, `INCARCERATED`, `MOVED_AWAY`, `DIED`.
		Discharges, followed up for 90 days: `STEP_DOWN`, `PROGRAM_COMPLETION`, `COURT_COMPLETION`.
		`CLOSED_WITHOUT_INTAKE`: the intake window passed and a supervisor closed the referral.""")
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
