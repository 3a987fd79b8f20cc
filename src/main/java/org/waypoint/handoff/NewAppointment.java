package org.waypoint.handoff;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.waypoint.handoff.HandoffTerms.Accompanier;

/** The appointment a case manager schedules with the provider. */
public record NewAppointment(@NotBlank(message = "providerName is required") @Size(max = 200) String providerName,
		@Size(max = 200) String providerContact, @NotNull(message = "appointmentAt is required") Instant scheduledFor,
		@NotBlank(message = "appointmentPlace is required") @Size(max = 200) String place,
		@NotNull(message = "accompaniedBy is required") Accompanier accompanier) {

}
