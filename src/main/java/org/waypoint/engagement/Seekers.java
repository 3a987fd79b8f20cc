package org.waypoint.engagement;

/** Who makes the outreach attempts. */
public enum Seekers {

	/** The dedicated outreach and screening staff of source 000. */
	OUTREACH_STAFF,

	/** A peer specialist, when a supervisor hands the search to one. */
	PEER_SPECIALISTS

}
