package org.waypoint.handoff.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.waypoint.handoff.Handoff;
import org.waypoint.handoff.HandoffService;
import org.waypoint.handoff.HandoffTerms.Origin;
import org.waypoint.handoff.HandoffTerms.Outcome;
import org.waypoint.handoff.ServiceType;
import org.waypoint.participant.CaseChanges;
import org.waypoint.platform.access.ApiCaller.CaseChanger;
import org.waypoint.platform.access.ApiCaller;
import org.waypoint.platform.access.ProgramGroup;
import org.waypoint.platform.web.CalledBy;

/** Warm handoffs: a case manager starts one; supervisors count their outcomes. */
@RestController
@Tag(name = "Warm handoffs",
		description = "A participant accompanied to the next service, and whether the provider took them on.")
class HandoffController {

	private final HandoffService handoffService;

	private final CaseChanges caseChanges;

	private final ApiCaller apiCaller;

	HandoffController(HandoffService handoffService, CaseChanges caseChanges, ApiCaller apiCaller) {
		this.handoffService = handoffService;
		this.caseChanges = caseChanges;
		this.apiCaller = apiCaller;
	}

	record HandoffRequest(ServiceType serviceType, String providerName) {
	}

	record HandoffView(long id, ServiceType serviceType, Origin origin, String providerName, int appointments,
			Outcome outcome, Instant closedAt) {

		static HandoffView of(Handoff handoff) {
			return new HandoffView(handoff.getId(), handoff.getServiceType(), handoff.getOrigin(),
					handoff.getProviderName(), handoff.getAppointments(), handoff.getOutcome(), handoff.getClosedAt());
		}

	}

	/**
	 * @param completedWarmHandoffs accompanied handoffs the provider took on; phone
	 * referrals do not count
	 */
	record HandoffReport(Map<Outcome, Long> outcomes, long completedWarmHandoffs) {
	}

	@PostMapping("/api/participants/{participantId}/handoffs")
	@Operation(operationId = "startHandoff", summary = "Start a warm handoff outside the plan", description = """
			Starts a warm handoff to a `serviceType` (`MENTAL_HEALTH`, `SUBSTANCE_USE_TREATMENT`, \
			`HOUSING`, `BENEFITS_INCOME`, `HEALTH_CARE`, `PEER_RUN_ORGANIZATION`, \
			`EDUCATION_EMPLOYMENT`) and optionally a named provider; the case manager schedules \
			it in Tasklist. Handoffs the case plan names start when the plan is approved.""")
	@ApiResponse(responseCode = "201", description = "The handoff, open.")
	@ApiResponse(responseCode = "403", description = CalledBy.NOT_WORKING_THE_CASE)
	@ApiResponse(responseCode = "404", description = "No such participant.")
	@CalledBy("the participant's case manager (or who covers them), supervisors, program-admins")
	@ResponseStatus(HttpStatus.CREATED)
	HandoffView start(@PathVariable long participantId, @RequestBody HandoffRequest request) {
		CaseChanger caller = this.apiCaller.requireCaseChanger();
		this.caseChanges.requireAllowed(participantId, caller.userId(), caller.oversees(), "handoff");
		return HandoffView.of(this.handoffService.request(participantId, request.serviceType(), request.providerName(),
				caller.userId()));
	}

	@GetMapping("/api/participants/{participantId}/handoffs")
	@Operation(operationId = "listHandoffs", summary = "A participant's warm handoffs",
			description = "The handoffs, who started them (`origin`), the appointments used and the outcome once closed. "
					+ "Handoffs to substance-use treatment are listed only to the participant's case manager "
					+ "(or who covers them) and clinicians (42 CFR Part 2).")
	@ApiResponse(responseCode = "200", description = "The handoffs (empty for an unknown participant).")
	@CalledBy("staff, program-admins")
	List<HandoffView> handoffs(@PathVariable long participantId) {
		Authentication caller = this.apiCaller.requireOneOf(ProgramGroup.staffAndAdmins());
		List<Handoff> handoffs = this.handoffService.handoffsOf(participantId);
		boolean withheld = handoffs.stream().anyMatch(Handoff::revealsSubstanceUse)
				&& !ApiCaller.belongsToAny(caller, ProgramGroup.toldOfSubstanceUse())
				&& !this.caseChanges.worksTheCase(participantId, caller.getUserId());
		return handoffs.stream()
			.filter(handoff -> !withheld || !handoff.revealsSubstanceUse())
			.map(HandoffView::of)
			.toList();
	}

	@GetMapping("/api/reports/handoffs")
	@Operation(operationId = "handoffReport", summary = "Closed handoffs by outcome", description = """
			The closed handoffs counted by outcome, and the completed warm handoffs: accompanied \
			handoffs the provider took on (`ENGAGED`); a phone referral alone does not count.""")
	@ApiResponse(responseCode = "200", description = "The counts.")
	@CalledBy("supervisors, program-admins")
	HandoffReport report() {
		this.apiCaller.requireOneOf(Set.of(ProgramGroup.SUPERVISORS, ProgramGroup.PROGRAM_ADMINS));
		Map<Outcome, Long> outcomes = this.handoffService.outcomes();
		return new HandoffReport(outcomes,
				outcomes.entrySet()
					.stream()
					.filter(entry -> entry.getKey().isCompletedWarmHandoff())
					.mapToLong(Map.Entry::getValue)
					.sum());
	}

}
