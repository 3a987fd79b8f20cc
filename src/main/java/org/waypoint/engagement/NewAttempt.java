package org.waypoint.engagement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an outreach worker records of an attempt.
 *
 * @param lastSeen where and when the person was last seen, as far as anyone knows
 * @param whoSaw who saw them (shelter staff, an officer, a friend)
 */
public record NewAttempt(@NotBlank(message = "placesSearched is required") @Size(max = 1000) String placesSearched,
		@Size(max = 1000) String lastSeen, @Size(max = 1000) String whoSaw,
		@NotNull(message = "located is required (true or false)") Boolean located, @Size(max = 2000) String note) {

}
