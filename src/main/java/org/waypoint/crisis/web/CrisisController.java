package org.waypoint.crisis.web;

import java.time.Instant;
import java.util.Set;

import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.waypoint.crisis.Crisis;
import org.waypoint.crisis.CrisisKind;
import org.waypoint.crisis.CrisisService;
import org.waypoint.participant.ParticipantNotFoundException;
import org.waypoint.participant.ParticipantService;
import org.waypoint.platform.access.ApiCaller;
import org.waypoint.platform.access.ProgramGroup;
import org.waypoint.referral.ReferralService;

/**
 * Anyone on the team, or a partner about someone they referred, reports a crisis: the
 * case manager responds within the site's response time (in follow-up: a fast return is
 * offered). 409 when the participant has no open case or follow-up.
 */
@RestController
class CrisisController {

	private final CrisisService crisisService;

	private final ParticipantService participantService;

	private final ReferralService referralService;

	private final ApiCaller apiCaller;

	CrisisController(CrisisService crisisService, ParticipantService participantService,
			ReferralService referralService, ApiCaller apiCaller) {
		this.crisisService = crisisService;
		this.participantService = participantService;
		this.referralService = referralService;
		this.apiCaller = apiCaller;
	}

	record CrisisReport(CrisisKind kind, String description) {
	}

	record CrisisReceipt(long id, CrisisKind kind, Instant reportedAt) {
	}

	@PostMapping("/api/participants/{participantId}/crises")
	@ResponseStatus(HttpStatus.CREATED)
	CrisisReceipt reportByStaff(@PathVariable long participantId, @RequestBody CrisisReport report) {
		Authentication reporter = this.apiCaller.requireOneOf(ProgramGroup.staff());
		return report(participantId, report, reporter);
	}

	@PostMapping("/api/referrals/{referralId}/crises")
	@ResponseStatus(HttpStatus.CREATED)
	CrisisReceipt reportByPartner(@PathVariable long referralId, @RequestBody CrisisReport report) {
		Authentication reporter = this.apiCaller.requireOneOf(Set.of(ProgramGroup.REFERRAL_PARTNERS));
		this.referralService.find(referralId)
			.filter(referral -> referral.getSubmittedBy().equals(reporter.getUserId()))
			.orElseThrow(() -> new ParticipantNotFoundException("No referral " + referralId + " of yours"));
		long participantId = this.participantService.enrollmentOfReferral(referralId)
			.orElseThrow(() -> new ParticipantNotFoundException("Referral " + referralId + " has no participant"))
			.getParticipantId();
		return report(participantId, report, reporter);
	}

	private CrisisReceipt report(long participantId, CrisisReport report, Authentication reporter) {
		Crisis crisis = this.crisisService.report(participantId, report.kind(), report.description(),
				reporter.getUserId());
		return new CrisisReceipt(crisis.getId(), crisis.getKind(), crisis.getReportedAt());
	}

}
