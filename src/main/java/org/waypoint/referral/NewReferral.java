package org.waypoint.referral;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;

/** A referral as a partner or an outreach worker submits it. */
public record NewReferral(@NotNull(message = "door is required") Door door, @Size(max = 100) String partnerReference,
		@NotBlank(message = "firstName is required") @Size(max = 100) String firstName,
		@NotBlank(message = "lastName is required") @Size(max = 100) String lastName,
		@Past(message = "dateOfBirth must be in the past") LocalDate dateOfBirth, @Size(max = 100) String externalId,
		@Size(max = 200) String referringAgency, @Size(max = 200) String referringOfficer,
		@Size(max = 2000) String reason, @Size(max = 2000) String contactHints) {

}
