package org.waypoint.referral;

/**
 * The four ways a referral reaches the program (source 000), and the fast return of a
 * former participant in crisis during follow-up (source 003).
 */
public enum Door {

	LAW_ENFORCEMENT_ARREST_DIVERSION,

	LAW_ENFORCEMENT_SOCIAL_CONTACT,

	COMMUNITY,

	PRETRIAL_DIVERSION,

	/** Made by the program itself, from post-discharge follow-up; never by a partner. */
	PROGRAM_RETURN

}
