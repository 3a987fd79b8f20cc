package org.waypoint.platform;

/** The caller may not do this; the REST API answers 403 with the message. */
public class NotPermittedException extends RuntimeException {

	public NotPermittedException(String message) {
		super(message);
	}

}
