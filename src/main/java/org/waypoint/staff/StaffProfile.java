package org.waypoint.staff;

/** What a staff member confirms about themselves when they join the program. */
public record StaffProfile(String userId, String displayName, String workPhone, String workArea, String languages) {

	public StaffProfile {
		if (userId == null || userId.isBlank()) {
			throw new IllegalArgumentException("A staff profile needs the member's user id");
		}
		if (displayName == null || displayName.isBlank()) {
			throw new IllegalArgumentException("A staff profile needs the name colleagues know the member by");
		}
	}

}
