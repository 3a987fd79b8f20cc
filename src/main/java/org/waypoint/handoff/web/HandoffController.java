package org.waypoint.handoff.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import org.waypoint.platform.access.ApiCaller;
import org.waypoint.platform.access.ApiCaller.CaseChanger;
import org.waypoint.platform.access.ProgramGroup;

/** Warm handoffs: a case manager starts one; supervisors count their outcomes. */
@RestController
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
	@ResponseStatus(HttpStatus.CREATED)
	HandoffView start(@PathVariable long participantId, @RequestBody HandoffRequest request) {
		CaseChanger caller = this.apiCaller.requireCaseChanger();
		this.caseChanges.requireAllowed(participantId, caller.userId(), caller.oversees(), "handoff");
		return HandoffView.of(this.handoffService.request(participantId, request.serviceType(), request.providerName(),
				caller.userId()));
	}

	@GetMapping("/api/participants/{participantId}/handoffs")
	List<HandoffView> handoffs(@PathVariable long participantId) {
		this.apiCaller.requireOneOf(ProgramGroup.staffAndAdmins());
		return this.handoffService.handoffsOf(participantId).stream().map(HandoffView::of).toList();
	}

	@GetMapping("/api/reports/handoffs")
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
