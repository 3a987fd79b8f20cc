package org.waypoint.engagement.web;

import java.time.Instant;
import java.util.Set;

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
import org.waypoint.referral.ReferralService;

/**
 * An officer or partner saw someone they referred: the sighting reaches the case at once
 * (a participant in the wind is active again). A partner reports on their own referrals
 * only, and learns nothing back but that it was taken.
 */
@RestController
@RequestMapping("/api/referrals/{referralId}/sightings")
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
