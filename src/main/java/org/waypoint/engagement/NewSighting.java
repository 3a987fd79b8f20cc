package org.waypoint.engagement;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Where and when the person was seen. */
public record NewSighting(@NotNull(message = "seenAt is required") Instant seenAt,
		@NotBlank(message = "place is required") @Size(max = 1000) String place, @Size(max = 1000) String note) {

}
