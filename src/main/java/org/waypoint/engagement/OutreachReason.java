package org.waypoint.engagement;

/** Why a person is being sought. */
public enum OutreachReason {

	/** Referred and accepted, but not yet reached for intake. */
	BEFORE_INTAKE,

	/** An enrolled participant out of touch past the site's threshold. */
	IN_THE_WIND,

	/** The participant missed a warm-handoff appointment and cannot be found. */
	MISSED_APPOINTMENT

}
