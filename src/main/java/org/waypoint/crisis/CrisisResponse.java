package org.waypoint.crisis;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the team did: the response, the treatment response (relapse is a treatment matter
 * first), whether supervision (probation) was involved, and whether it is resolved.
 */
public record CrisisResponse(@NotBlank(message = "whatWasDone is required") @Size(max = 2000) String whatWasDone,
		@Size(max = 2000) String treatmentResponse, boolean supervisionInvolved, boolean resolved) {

}
