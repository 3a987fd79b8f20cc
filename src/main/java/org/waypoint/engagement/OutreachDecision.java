package org.waypoint.engagement;

/** A supervisor's decision after repeated failed attempts. */
public enum OutreachDecision {

	/** Keep seeking with a new strategy. */
	KEEP_SEEKING,

	/** Hand the search to a peer specialist. */
	HAND_TO_PEER_SPECIALIST,

	/** Mark the participant inactive: still sought, at the lower cadence. */
	MARK_INACTIVE

}
