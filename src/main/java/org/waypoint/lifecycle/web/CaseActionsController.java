package org.waypoint.lifecycle.web;

import java.time.Clock;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.waypoint.lifecycle.process.CaseManagementProcess;
import org.waypoint.lifecycle.process.CaseMessages;
import org.waypoint.lifecycle.process.ParticipantLifecycleProcess;
import org.waypoint.participant.CaseChanges;
import org.waypoint.participant.EnrollmentEnd;
import org.waypoint.participant.ParticipantService;
import org.waypoint.platform.InvalidInputException;
import org.waypoint.platform.access.ApiCaller.CaseChanger;
import org.waypoint.platform.access.ApiCaller;
import org.waypoint.platform.web.CalledBy;

/**
 * What a case manager raises on a participant's case from the API: an early exit
 * (declined services, a long incarceration, moved away, died: case management ends with
 * the reason, the caseload slot is freed, and except after a death a later referral links
 * to the same record), or step-down readiness (a supervisor approves it).
 */
@RestController
@RequestMapping("/api/participants/{participantId}")
@Tag(name = "Case actions",
		description = "Ending or narrowing a case: for the participant's own case manager and those who oversee the program.")
class CaseActionsController {

	static final Set<EnrollmentEnd> EARLY_EXITS = EnumSet.of(EnrollmentEnd.DECLINED_SERVICES,
			EnrollmentEnd.INCARCERATED, EnrollmentEnd.MOVED_AWAY, EnrollmentEnd.DIED);

	private final CaseMessages caseMessages;

	private final ParticipantService participantService;

	private final CaseChanges caseChanges;

	private final ApiCaller apiCaller;

	private final Clock clock;

	CaseActionsController(CaseMessages caseMessages, ParticipantService participantService, CaseChanges caseChanges,
			ApiCaller apiCaller, Clock clock) {
		this.caseMessages = caseMessages;
		this.participantService = participantService;
		this.caseChanges = caseChanges;
		this.apiCaller = apiCaller;
		this.clock = clock;
	}

	record ExitReport(EnrollmentEnd reason) {
	}

	@PostMapping("/exit")
	@Operation(operationId = "exitParticipant", summary = "Record an early exit", description = """
			The participant leaves early, for a `reason`: `DECLINED_SERVICES`, `INCARCERATED`, \
			`MOVED_AWAY` or `DIED` (a planned discharge goes through the step-down instead). Case \
			management ends, the caseload slot is freed, and the referrer is told where a release \
			of information allows. Another case manager's attempt is refused and audited.""")
	@ApiResponse(responseCode = "202", description = "The exit was taken; the participant's processes end it.")
	@ApiResponse(responseCode = "400",
			description = "Not taken: no reason, a reason that is a discharge rather than an early exit, or a malformed body.")
	@ApiResponse(responseCode = "403", description = CalledBy.NOT_WORKING_THE_CASE)
	@ApiResponse(responseCode = "404", description = "No such participant.")
	@ApiResponse(responseCode = "409", description = "The participant has no open enrollment to end.")
	@CalledBy("the participant's case manager (or who covers them), supervisors, program-admins")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void exit(@PathVariable long participantId, @RequestBody ExitReport report) {
		CaseChanger caller = this.apiCaller.requireCaseChanger();
		this.caseChanges.requireAllowed(participantId, caller.userId(), caller.oversees(), "exit");
		if (report.reason() == null || !EARLY_EXITS.contains(report.reason())) {
			throw new InvalidInputException("The exit was not recorded",
					List.of("reason must be one of " + EARLY_EXITS + ", not " + report.reason()));
		}
		deliver(ParticipantLifecycleProcess.MESSAGE_PARTICIPANT_LEFT, participantId,
				Map.of(ParticipantLifecycleProcess.Variables.ENROLLMENT_END, report.reason().name()),
				"Participant " + participantId + " has no open enrollment to end");
	}

	/** The case manager finds the participant ready for less intensive services. */
	@PostMapping("/step-down")
	@Operation(operationId = "raiseStepDown", summary = "Propose a step-down", description = """
			The case manager finds the participant ready for less intensive services; a supervisor \
			approves or returns it from the Team queue. No body.""")
	@ApiResponse(responseCode = "202", description = "The step-down is up for a supervisor's review.")
	@ApiResponse(responseCode = "403", description = CalledBy.NOT_WORKING_THE_CASE)
	@ApiResponse(responseCode = "404", description = "No such participant.")
	@ApiResponse(responseCode = "409",
			description = "Case management is not open, or a step-down is already under review.")
	@CalledBy("the participant's case manager (or who covers them), supervisors, program-admins")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void raiseStepDown(@PathVariable long participantId) {
		CaseChanger caller = this.apiCaller.requireCaseChanger();
		this.caseChanges.requireAllowed(participantId, caller.userId(), caller.oversees(), "step-down");
		deliver(ParticipantLifecycleProcess.MESSAGE_STEP_DOWN_RAISED, participantId,
				Map.of(CaseManagementProcess.Variables.STEP_DOWN_PROPOSED_BY, caller.userId(),
						CaseManagementProcess.Variables.STEP_DOWN_PROPOSED_AT, Date.from(this.clock.instant())),
				"Participant " + participantId + " is not in active case management, or a step-down is under review");
	}

	private void deliver(String message, long participantId, Map<String, Object> variables, String refusal) {
		this.participantService.get(participantId);
		this.caseMessages.deliver(message, participantId, variables, Map.of(), refusal);
	}

}
