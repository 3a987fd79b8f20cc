package org.waypoint.participant.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.waypoint.participant.Enrollment;
import org.waypoint.participant.ParticipantNotFoundException;
import org.waypoint.participant.ParticipantService;
import org.waypoint.platform.access.ApiCaller;
import org.waypoint.platform.access.ProgramGroup;
import org.waypoint.platform.web.CalledBy;

/**
 * Participant records for the program's staff. Every read is written to the audit log;
 * referral partners and probation have no access here.
 */
@RestController
@RequestMapping("/api/participants")
@Tag(name = "Participants",
		description = "The participant's record: who they are, where they stand, their enrollments.")
class ParticipantController {

	private final ParticipantService participantService;

	private final ApiCaller apiCaller;

	ParticipantController(ParticipantService participantService, ApiCaller apiCaller) {
		this.participantService = participantService;
		this.apiCaller = apiCaller;
	}

	@GetMapping("/{id}")
	@Operation(operationId = "readParticipant", summary = "A participant's record", description = """
			Who the participant is, their status, case manager, service model and contact cadence, \
			and their enrollments (one per referral taken in, each with its case number). Every \
			read is written to the audit log.""")
	@ApiResponse(responseCode = "200", description = "The participant's record.")
	@ApiResponse(responseCode = "404", description = "No such participant.")
	@CalledBy("staff, program-admins")
	ParticipantView read(@PathVariable long id) {
		Authentication reader = this.apiCaller.requireOneOf(ProgramGroup.staffAndAdmins());
		return ParticipantView.of(this.participantService.read(id, reader.getUserId()));
	}

	/** The participant enrolled under a case number (R-00042), as staff quote it. */
	@GetMapping
	@Operation(operationId = "findParticipantByCaseNumber", summary = "A participant's record by case number",
			description = """
					The participant enrolled under a case number as staff quote it (`R-00042`; case and \
					surrounding spaces do not matter). Audited like every read of a record.""")
	@ApiResponse(responseCode = "200", description = "The participant's record.")
	@ApiResponse(responseCode = "404", description = "No participant with that case number.")
	@CalledBy("staff, program-admins")
	ParticipantView findByCaseNumber(@RequestParam String caseNumber) {
		Authentication reader = this.apiCaller.requireOneOf(ProgramGroup.staffAndAdmins());
		Enrollment enrollment = this.participantService.enrollmentByCaseNumber(caseNumber.strip().toUpperCase())
			.orElseThrow(() -> new ParticipantNotFoundException("No participant with case number " + caseNumber));
		return ParticipantView.of(this.participantService.read(enrollment.getParticipantId(), reader.getUserId()));
	}

}
