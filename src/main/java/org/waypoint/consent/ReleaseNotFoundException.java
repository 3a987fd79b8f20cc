package org.waypoint.consent;

import org.waypoint.platform.NotFoundException;

/** No release of information by that id. */
public class ReleaseNotFoundException extends NotFoundException {

	public ReleaseNotFoundException(String message) {
		super(message);
	}

}
