package org.waypoint.platform;

/**
 * How a person is named where many eyes pass (a Tasklist row, a task name): first name
 * and last initial, enough and no more (e.g. "Jane D.").
 */
public final class ShortNames {

	private ShortNames() {
	}

	public static String of(String firstName, String lastName) {
		return firstName + " " + lastName.charAt(0) + ".";
	}

}
