package org.waypoint.participant;

import org.waypoint.platform.NotFoundException;

/** No participant (or enrollment) by that id. */
public class ParticipantNotFoundException extends NotFoundException {

	public ParticipantNotFoundException(String message) {
		super(message);
	}

}
