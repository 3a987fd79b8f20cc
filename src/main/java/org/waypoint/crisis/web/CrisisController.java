package org.waypoint.crisis.web;

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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.waypoint.crisis.Crisis;
import org.waypoint.crisis.CrisisKind;
import org.waypoint.crisis.CrisisService;
import org.waypoint.participant.ParticipantNotFoundException;
import org.waypoint.participant.ParticipantService;
import org.waypoint.platform.access.ApiCaller;
import org.waypoint.platform.access.ProgramGroup;
import org.waypoint.platform.web.CalledBy;
import org.waypoint.referral.ReferralService;

/**
 * Anyone on the team, or a partner about someone they referred, reports a crisis: the
 * case manager responds within the site's response time (in follow-up: a fast return is
 * offered). 409 when the participant has no open case or follow-up.
 */
@RestController
@Tag(name = "Crises", description = "A crisis reported now is answered by the case manager within the response time.")
class CrisisController {

	private static final String REPORT = """
			{"kind": "MENTAL_HEALTH_CRISIS", "description": "Shouting at passers-by outside the shelter, calmer now"}""";

	private static final String RECEIPT = """
			{"id": 3, "kind": "MENTAL_HEALTH_CRISIS", "reportedAt": "2026-11-23T14:30:00Z"}""";

	private static final String RESPONSE = """
			The participant's case manager is to respond within the response time (4 hours by \
			default), then the supervisors; during post-discharge follow-up a fast return to the \
			program is offered. `kind`: `MENTAL_HEALTH_CRISIS`, `RELAPSE`, `OVERDOSE`, `ARREST`, \
			`HOSPITALIZATION`, `EVICTION`, `VICTIMIZATION`.""";

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
	@Operation(operationId = "reportCrisis", summary = "Report a participant's crisis",
			description = "A staff member reports a crisis of a participant. " + RESPONSE,
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(examples = @ExampleObject(name = "crisis", value = REPORT))))
	@ApiResponse(responseCode = "201", description = "The crisis was reported; the response has begun.",
			content = @Content(schema = @Schema(implementation = CrisisReceipt.class),
					examples = @ExampleObject(name = "reported", value = RECEIPT)))
	@ApiResponse(responseCode = "404", description = "No such participant.")
	@ApiResponse(responseCode = "409", description = "The participant has no open case or follow-up to answer it in.")
	@CalledBy("staff (outreach, case-managers, clinicians, peer-specialists, supervisors)")
	@ResponseStatus(HttpStatus.CREATED)
	CrisisReceipt reportByStaff(@PathVariable long participantId, @RequestBody CrisisReport report) {
		Authentication reporter = this.apiCaller.requireOneOf(ProgramGroup.staff());
		return report(participantId, report, reporter);
	}

	@PostMapping("/api/referrals/{referralId}/crises")
	@Operation(operationId = "reportCrisisByReferral", summary = "Report the crisis of a person you referred",
			description = "A referral partner reports a crisis of the person it referred, by the referral's id. "
					+ RESPONSE + " The answer says only that the report was taken, nothing of the participant.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(examples = @ExampleObject(name = "crisis", value = REPORT))))
	@ApiResponse(responseCode = "201", description = "The crisis was reported; the response has begun.",
			content = @Content(schema = @Schema(implementation = CrisisReceipt.class),
					examples = @ExampleObject(name = "reported", value = RECEIPT)))
	@ApiResponse(responseCode = "404",
			description = "No such referral of yours, or a referral whose person was never taken in.")
	@ApiResponse(responseCode = "409", description = "The person has no open case or follow-up to answer it in.")
	@CalledBy("referral-partners (own referrals only)")
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
