package org.waypoint.engagement.web;

import java.time.Instant;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.waypoint.engagement.ContactService;
import org.waypoint.engagement.NewSighting;
import org.waypoint.engagement.Sighting;
import org.waypoint.participant.ParticipantNotFoundException;
import org.waypoint.participant.ParticipantService;
import org.waypoint.platform.access.ApiCaller;
import org.waypoint.platform.access.ProgramGroup;
import org.waypoint.platform.web.CalledBy;
import org.waypoint.referral.ReferralService;

/**
 * An officer or partner saw someone they referred: the sighting reaches the case at once
 * (a participant in the wind is active again). A partner reports on their own referrals
 * only, and learns nothing back but that it was taken.
 */
@RestController
@RequestMapping("/api/referrals/{referralId}/sightings")
@Tag(name = "Referrals")
class SightingController {

	private static final Set<ProgramGroup> REPORTERS = Set.of(ProgramGroup.REFERRAL_PARTNERS, ProgramGroup.OUTREACH,
			ProgramGroup.CASE_MANAGERS, ProgramGroup.PEER_SPECIALISTS, ProgramGroup.CLINICIANS,
			ProgramGroup.SUPERVISORS);

	private final ContactService contactService;

	private final ParticipantService participantService;

	private final ReferralService referralService;

	private final ApiCaller apiCaller;

	SightingController(ContactService contactService, ParticipantService participantService,
			ReferralService referralService, ApiCaller apiCaller) {
		this.contactService = contactService;
		this.participantService = participantService;
		this.referralService = referralService;
		this.apiCaller = apiCaller;
	}

	record SightingReceipt(long id, Instant seenAt, String place) {
	}

	@PostMapping
	@Operation(operationId = "reportSighting", summary = "Report that the person was seen", description = """
			An officer or outreach worker saw the referred person: when (`seenAt`, an instant in \
			UTC) and where (`place`, in words). A participant who was out of touch ("in the wind") \
			is active again and their case manager is asked to reconnect. The answer says only \
			that the sighting was recorded, nothing of the participant.""",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(examples = @ExampleObject(name = "seen downtown", value = """
							{"seenAt": "2026-11-23T14:30:00Z", "place": "5th and Main",
							 "note": "Asked about the program"}"""))))
	@ApiResponse(responseCode = "201", description = "The sighting was recorded.",
			content = @Content(schema = @Schema(implementation = SightingReceipt.class),
					examples = @ExampleObject(name = "recorded", value = """
							{"id": 7, "seenAt": "2026-11-23T14:30:00Z", "place": "5th and Main"}""")))
	@ApiResponse(responseCode = "404",
			description = "No such referral of yours, or a referral whose person was never taken in (no participant to find).")
	@CalledBy("the referring partner (own referrals only); staff (outreach, case-managers, clinicians, peer-specialists, supervisors)")
	@ResponseStatus(HttpStatus.CREATED)
	SightingReceipt report(@PathVariable long referralId, @RequestBody NewSighting sighting) {
		Authentication reporter = this.apiCaller.requireOneOf(REPORTERS);
		boolean staff = ApiCaller.belongsToAny(reporter, ProgramGroup.staff());
		this.referralService.find(referralId)
			.filter(referral -> staff || referral.getSubmittedBy().equals(reporter.getUserId()))
			.orElseThrow(() -> new ParticipantNotFoundException("No referral " + referralId + " of yours"));
		long participantId = this.participantService.enrollmentOfReferral(referralId)
			.orElseThrow(() -> new ParticipantNotFoundException("Referral " + referralId + " has no participant"))
			.getParticipantId();
		Sighting saved = this.contactService.reportSighting(participantId, sighting, reporter.getUserId());
		return new SightingReceipt(saved.getId(), saved.getSeenAt(), saved.getPlace());
	}

}
