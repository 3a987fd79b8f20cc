package org.waypoint.referral;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The four ways a referral reaches the program (source 000), and the fast return of a
 * former participant in crisis during follow-up (source 003).
 */
@Schema(enumAsRef = true,
		description = """
				The way a referral reaches the program; it sets the referral's priority and intake window:
				`LAW_ENFORCEMENT_ARREST_DIVERSION`: police divert a person at arrest, instead of booking;
				`LAW_ENFORCEMENT_SOCIAL_CONTACT`: police refer a person they know, without an arrest;
				`COMMUNITY`: a community partner (shelter, clinic, business) refers;
				`PRETRIAL_DIVERSION`: a court or prosecutor refers before trial;
				`PROGRAM_RETURN`: a former participant in crisis during follow-up returns; made by the program itself, refused from partners.""")
public enum Door {

	LAW_ENFORCEMENT_ARREST_DIVERSION,

	LAW_ENFORCEMENT_SOCIAL_CONTACT,

	COMMUNITY,

	PRETRIAL_DIVERSION,

	/** Made by the program itself, from post-discharge follow-up; never by a partner. */
	PROGRAM_RETURN

}
