package org.waypoint.referral;

/** The four ways a referral reaches the program (source 000). */
public enum Door {

	LAW_ENFORCEMENT_ARREST_DIVERSION,

	LAW_ENFORCEMENT_SOCIAL_CONTACT,

	COMMUNITY,

	PRETRIAL_DIVERSION

}
