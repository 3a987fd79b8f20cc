package org.waypoint.engagement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The intake form: identity, how to reach the person, housing, immediate needs and the
 * participant's own goals.
 */
public record IntakeAnswers(@Size(max = 100) String preferredName, @Size(max = 40) String pronouns,
		@Size(max = 40) String phone, @Size(max = 2000) String contactHints,
		@NotNull(message = "housingSituation is required") HousingSituation housingSituation,
		@Size(max = 1000) String immediateNeeds,
		@NotBlank(message = "participantGoals is required: the participant's own goals, in their words") @Size(
				max = 2000) String participantGoals) {

}
