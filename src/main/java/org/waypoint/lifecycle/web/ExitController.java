package org.waypoint.lifecycle.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.waypoint.lifecycle.process.ParticipantLifecycleProcess;
import org.waypoint.participant.EnrollmentEnd;
import org.waypoint.participant.ParticipantService;
import org.waypoint.platform.InvalidInputException;
import org.waypoint.platform.access.ApiCaller;
import org.waypoint.platform.access.AsSystem;
import org.waypoint.platform.access.ProgramGroup;

/**
 * A participant leaves early: declined services, a long incarceration, moved away, died.
 * Case management ends with the reason, the caseload slot is freed, and (except after a
 * death) a later referral links to the same record.
 */
@RestController
@RequestMapping("/api/participants/{participantId}/exit")
class ExitController {

	static final Set<EnrollmentEnd> EARLY_EXITS = EnumSet.of(EnrollmentEnd.DECLINED_SERVICES,
			EnrollmentEnd.INCARCERATED, EnrollmentEnd.MOVED_AWAY, EnrollmentEnd.DIED);

	private final RuntimeService runtimeService;

	private final ParticipantService participantService;

	private final ApiCaller apiCaller;

	private final AsSystem asSystem;

	ExitController(RuntimeService runtimeService, ParticipantService participantService, ApiCaller apiCaller,
			AsSystem asSystem) {
		this.runtimeService = runtimeService;
		this.participantService = participantService;
		this.apiCaller = apiCaller;
		this.asSystem = asSystem;
	}

	record ExitReport(EnrollmentEnd reason) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.ACCEPTED)
	void exit(@PathVariable long participantId, @RequestBody ExitReport report) {
		this.apiCaller.requireOneOf(Set.of(ProgramGroup.CASE_MANAGERS, ProgramGroup.SUPERVISORS));
		if (report.reason() == null || !EARLY_EXITS.contains(report.reason())) {
			throw new InvalidInputException("The exit was not recorded",
					List.of("reason must be one of " + EARLY_EXITS + ", not " + report.reason()));
		}
		this.participantService.get(participantId);
		int ended = this.asSystem.call(
				() -> this.runtimeService.createMessageCorrelation(ParticipantLifecycleProcess.MESSAGE_PARTICIPANT_LEFT)
					.processInstanceVariableEquals(ParticipantLifecycleProcess.Variables.PARTICIPANT_ID, participantId)
					.setVariable(ParticipantLifecycleProcess.Variables.ENROLLMENT_END, report.reason().name())
					.correlateAllWithResult()
					.size());
		if (ended == 0) {
			throw new ResponseStatusException(HttpStatus.CONFLICT,
					"Participant " + participantId + " has no open enrollment to end");
		}
	}

}
