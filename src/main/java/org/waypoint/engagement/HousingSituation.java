package org.waypoint.engagement;

/** Where the person sleeps now, as recorded at intake. */
public enum HousingSituation {

	UNSHELTERED, SHELTER, STAYING_WITH_OTHERS, TRANSITIONAL, HOUSED, INSTITUTION

}
