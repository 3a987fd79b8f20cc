package org.waypoint.platform;

/** The request is sound but the state does not allow it now; the REST API answers 409. */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}
