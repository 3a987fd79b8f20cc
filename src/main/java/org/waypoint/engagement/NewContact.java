package org.waypoint.engagement;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A contact as staff record it, from Tasklist or a phone.
 *
 * @param staffUserId who made the contact; the recording login when empty
 */
public record NewContact(@NotNull(message = "participantId is required") Long participantId,
		@Size(max = 64) String staffUserId, @NotNull(message = "occurredAt is required") Instant occurredAt,
		@NotNull(message = "place is required") ContactPlace place,
		@NotNull(message = "withParticipant is required (true or false)") Boolean withParticipant,
		@Size(max = 2000) String note) {

}
