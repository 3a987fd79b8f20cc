package org.waypoint.handoff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.waypoint.handoff.HandoffTerms.Transport;

/**
 * How the accompanied visit went.
 *
 * @param participantMissing a no-show whom nobody could find: outreach seeks them
 */
public record VisitReport(@NotBlank(message = "whoWent is required") @Size(max = 200) String whoWent,
		Transport transport, @NotNull(message = "seen is required (yes or no)") Boolean seen,
		boolean participantMissing, @Size(max = 2000) String note) {

}
