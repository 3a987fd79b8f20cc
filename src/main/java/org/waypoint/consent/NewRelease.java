package org.waypoint.consent;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * A release of information as the case manager records it with the participant.
 *
 * @param effectiveFrom from when sharing is allowed; the signature date when empty
 * @param expiresOn when it lapses; the site's default validity after the start when empty
 * @param explained the participant was told what will be shared, with whom and when
 */
public record NewRelease(@NotNull(message = "participantId is required") Long participantId,
		@NotNull(message = "party is required") ReleaseParty party,
		@NotBlank(message = "partyName is required: the agency or person, e.g. County Probation, officer Diaz") @Size(
				max = 200) String partyName,
		@NotEmpty(message = "scopes is required: what may be shared") Set<DisclosureScope> scopes,
		@NotBlank(message = "purpose is required: why it is shared") @Size(max = 1000) String purpose,
		@NotNull(message = "signedOn is required") @PastOrPresent(
				message = "signedOn cannot be in the future") LocalDate signedOn,
		LocalDate effectiveFrom, LocalDate expiresOn,
		@AssertTrue(message = "explained: tell the participant what will be shared, with whom and when, "
				+ "before recording the release") boolean explained) {

}
