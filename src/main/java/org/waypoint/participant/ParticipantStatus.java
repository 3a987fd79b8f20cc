package org.waypoint.participant;

import java.util.EnumSet;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;

/** Where a participant stands in the program. */
@Schema(enumAsRef = true, description = """
		Where a participant stands:
		`ENGAGING`: accepted, intake not done yet; `ACTIVE`: taken in and in touch;
		`IN_THE_WIND`: out of touch past the site's threshold, sought by outreach, still on the caseload;
		`INACTIVE`: out of touch longer, sought less often, never discharged for it;
		`DISCHARGED`: stepped down, in post-discharge follow-up; `EXITED`: left early;
		`CLOSED`: follow-up ended, or closed without intake; `DECEASED`.""")
public enum ParticipantStatus {

	/** Accepted and on a caseload; intake not done yet. */
	ENGAGING,

	/** Taken in and in touch with the team. */
	ACTIVE,

	/**
	 * Out of touch past the site's threshold: sought by outreach, still on the caseload.
	 */
	IN_THE_WIND,

	/**
	 * Out of touch past the inactive threshold: sought at a lower cadence, never
	 * discharged for it (LEAD's "no failing out"); may come back without a new referral.
	 */
	INACTIVE,

	/** Discharged to less intensive services; in post-discharge follow-up. */
	DISCHARGED,

	/**
	 * Left early (declined services, incarcerated, moved); a later referral links here.
	 */
	EXITED,

	/** The record is closed: follow-up ended, or the referral closed without intake. */
	CLOSED,

	DECEASED;

	private static final Set<ParticipantStatus> ENROLLED = EnumSet.of(ENGAGING, ACTIVE, IN_THE_WIND, INACTIVE);

	/** On a caseload now: a new referral for this person is linked, not taken again. */
	public boolean isEnrolled() {
		return ENROLLED.contains(this);
	}

	/** The statuses of participants on a caseload now. */
	public static Set<ParticipantStatus> enrolled() {
		return EnumSet.copyOf(ENROLLED);
	}

}
