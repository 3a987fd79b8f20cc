package org.waypoint.engagement;

/** Where a contact happened: case management is not office-based (source 000). */
public enum ContactPlace {

	FIELD, OFFICE, PHONE, JAIL, HOSPITAL, SHELTER

}
