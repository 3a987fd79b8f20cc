package org.waypoint.referral;

import java.util.EnumSet;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;

/** Where a referral stands, as its referrer sees it. */
@Schema(enumAsRef = true,
		description = """
				Where a referral stands, as its referrer sees it:
				`RECEIVED`: waiting for screening; `INELIGIBLE`: screened out, the site's criteria are not met;
				`DECLINED`: no room under the caseload policy; `ACCEPTED`: on a case manager's caseload, intake to follow;
				`LINKED`: the person is already a participant, linked to that record; `INTAKE_OVERDUE`: the intake window passed, a supervisor decides;
				`ENROLLED`: taken in; `EXITED`: left early and `COMPLETED`: stepped down, each told only where the participant's release allows;
				`CLOSED`: closed without intake, or ended without consent to say more.""")
public enum ReferralStatus {

	/** Received, waiting for screening. */
	RECEIVED,

	/** Screened out: the site's criteria are not met. */
	INELIGIBLE,

	/** No room under the caseload policy. */
	DECLINED,

	/** Accepted and on a case manager's caseload; intake to follow. */
	ACCEPTED,

	/**
	 * The person is already an active participant: linked to that record, no new slot.
	 */
	LINKED,

	/** The intake window passed without intake; a supervisor decides what follows. */
	INTAKE_OVERDUE,

	/** Intake done: the person is a participant. */
	ENROLLED,

	/** Left the program early (told only where the participant consented). */
	EXITED,

	/** Completed the program and stepped down (told only where consented). */
	COMPLETED,

	/** Closed: without intake, or ended without consent to say more. */
	CLOSED;

	/**
	 * The screening or capacity decision this status stems from: whatever happened after
	 * acceptance, the referral was accepted.
	 */
	public ReferralStatus decision() {
		return switch (this) {
			case INTAKE_OVERDUE, ENROLLED, EXITED, COMPLETED, CLOSED -> ACCEPTED;
			default -> this;
		};
	}

	/** What each status may become once the referral is accepted. */
	boolean mayBecome(ReferralStatus next) {
		Set<ReferralStatus> allowed = switch (this) {
			case ACCEPTED -> EnumSet.of(INTAKE_OVERDUE, ENROLLED, CLOSED);
			case INTAKE_OVERDUE -> EnumSet.of(INTAKE_OVERDUE, ENROLLED, CLOSED);
			case ENROLLED -> EnumSet.of(EXITED, COMPLETED, CLOSED);
			default -> EnumSet.noneOf(ReferralStatus.class);
		};
		return allowed.contains(next);
	}

}
