package org.waypoint.capacity;

/** The admission policy would not put one more participant on that caseload. */
public class NoRoomException extends RuntimeException {

	public NoRoomException(String message) {
		super(message);
	}

}
