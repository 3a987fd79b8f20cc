package org.waypoint.engagement;

/**
 * How a search ended. It never ends by giving up: only when found or no longer needed.
 */
public enum OutreachOutcome {

	/** An outreach attempt found the person. */
	LOCATED,

	/**
	 * The case made the search unnecessary: a contact or sighting, intake done, or the
	 * enrollment ended.
	 */
	STOPPED

}
