package org.waypoint.capacity.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.waypoint.capacity.AdmissionPolicy;
import org.waypoint.capacity.CapacityForecasts;
import org.waypoint.capacity.CapacityForecasts.CapacityForecast;
import org.waypoint.capacity.CapacityService;
import org.waypoint.capacity.CaseloadSummary;
import org.waypoint.capacity.NoRoomException;
import org.waypoint.capacity.process.CapacityReviewProcess;
import org.waypoint.platform.access.ApiCaller;
import org.waypoint.platform.access.AsSystem;
import org.waypoint.platform.access.ProgramGroup;
import org.waypoint.platform.web.CalledBy;
import org.waypoint.referral.ReferralService;
import org.waypoint.referral.ReferralStatus;

/**
 * The capacity report for supervisors and program administrators, and a review on demand.
 */
@RestController
@RequestMapping("/api/capacity")
@Tag(name = "Capacity",
		description = "Caseloads against the policy: no case manager above the site's cap (25 by default), an average of 20 by default.")
class CapacityController {

	private static final Set<ProgramGroup> READERS = Set.of(ProgramGroup.SUPERVISORS, ProgramGroup.PROGRAM_ADMINS);

	private final CapacityService capacityService;

	private final ReferralService referralService;

	private final RuntimeService runtimeService;

	private final ApiCaller apiCaller;

	private final AsSystem asSystem;

	private final Clock clock;

	private final AdmissionPolicy admissionPolicy;

	private final Duration reportWindow;

	private final CapacityForecasts forecasts;

	CapacityController(CapacityService capacityService, ReferralService referralService, RuntimeService runtimeService,
			ApiCaller apiCaller, AsSystem asSystem, Clock clock, AdmissionPolicy admissionPolicy,
			@Value("${waypoint.capacity.expected-priority-referrals-look-back}") Duration reportWindow,
			CapacityForecasts forecasts) {
		this.forecasts = forecasts;
		this.capacityService = capacityService;
		this.admissionPolicy = admissionPolicy;
		this.referralService = referralService;
		this.runtimeService = runtimeService;
		this.apiCaller = apiCaller;
		this.asSystem = asSystem;
		this.clock = clock;
		this.reportWindow = reportWindow;
	}

	/**
	 * @param ownLimits each case manager's own limit (the site's cap when they have none
	 * of their own)
	 */
	record CapacityReport(CaseloadSummary caseloads, Map<String, Integer> ownLimits, Duration referralWindow,
			Map<ReferralStatus, Long> referralDecisions) {
	}

	@GetMapping
	@Operation(operationId = "capacityReport", summary = "The caseload report", description = """
			Caseload per case manager, the average and the largest, the most participants in \
			intensive service models on one caseload, each case manager's own limit, and the \
			referrals decided within the report window (`referralWindow`, an ISO 8601 duration) by \
			status.""")
	@ApiResponse(responseCode = "200", description = "The report.")
	@CalledBy("supervisors, program-admins")
	CapacityReport report() {
		this.apiCaller.requireOneOf(READERS);
		Map<String, Integer> ownLimits = new TreeMap<>();
		this.capacityService.staff()
			.forEach(member -> ownLimits.put(member.getUserId(), member.ownLimit(this.capacityService.cap())));
		return new CapacityReport(this.capacityService.summary(), ownLimits, this.reportWindow,
				this.referralService.closedSince(this.clock.instant().minus(this.reportWindow)));
	}

	record Reassignment(String caseManager) {
	}

	record Assignment(long referralId, String caseManager) {
	}

	/** A supervisor picks another case manager with room for an accepted referral. */
	@PutMapping("/assignments/{referralId}")
	@Operation(operationId = "reassign", summary = "Move an accepted referral to another case manager",
			description = """
					The participant of an accepted referral goes to `caseManager`, if the admission table \
					finds room on that caseload; their open tasks and record move with them.""")
	@ApiResponse(responseCode = "200", description = "The new assignment.")
	@ApiResponse(responseCode = "404", description = "No referral with that id on a caseload.")
	@ApiResponse(responseCode = "409",
			description = "No room on that caseload (the admission table's reason), or not a case manager on staff who takes participants now.")
	@CalledBy("supervisors, program-admins")
	Assignment reassign(@PathVariable long referralId, @RequestBody Reassignment reassignment) {
		this.apiCaller.requireOneOf(READERS);
		try {
			long enrollmentId = this.capacityService.enrollmentHoldingSlotOf(referralId)
				.orElseThrow(() -> new IllegalArgumentException("Referral " + referralId + " is on no caseload"));
			var assignment = this.capacityService.reassign(enrollmentId, reassignment.caseManager(),
					this.admissionPolicy);
			return new Assignment(referralId, assignment.getCaseManagerId());
		}
		catch (NoRoomException ex) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, ex.getMessage());
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage());
		}
	}

	@GetMapping("/forecast")
	@Operation(operationId = "capacityForecast", summary = "When the caseloads reach the program's numbers",
			description = """
					Carries the last `weeksBack` weeks forward `weeksAhead` weeks: capacity decisions per \
					week by door, referrals accepted against stays ended per week (and how long stays \
					lasted), the average per full-time equivalent week by week, the first week at the \
					pacing threshold and at the average limit, and who reaches their own limit first, as \
					staffed and with one case manager more (full time) or fewer (the least loaded leaves, \
					their participants go to the others).""")
	@ApiResponse(responseCode = "200", description = "The forecast, three staffings.")
	@ApiResponse(responseCode = "400", description = "Weeks outside 1 to 104.")
	@CalledBy("supervisors, program-admins")
	CapacityForecast forecast(
			@Parameter(description = "Weeks of history the rates come from.") @RequestParam(
					defaultValue = "12") int weeksBack,
			@Parameter(description = "Weeks to carry them forward.") @RequestParam(
					defaultValue = "26") int weeksAhead) {
		this.apiCaller.requireOneOf(READERS);
		return this.forecasts.forecast(weeksBack, weeksAhead);
	}

	/** Runs the capacity review now, as the weekly timer would. */
	@PostMapping("/reviews")
	@Operation(operationId = "requestCapacityReview", summary = "Run the capacity review now",
			description = "Runs the weekly capacity review at once: the supervisors are told when to expand staffing. No body.")
	@ApiResponse(responseCode = "202", description = "The review has started.")
	@CalledBy("supervisors, program-admins")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void requestReview() {
		this.apiCaller.requireOneOf(READERS);
		this.asSystem.run(() -> this.runtimeService
			.startProcessInstanceByMessage(CapacityReviewProcess.MESSAGE_REVIEW_REQUESTED));
	}

}
