package org.waypoint.participant.web;

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

/**
 * Participant records for the program's staff. Every read is written to the audit log;
 * referral partners and probation have no access here.
 */
@RestController
@RequestMapping("/api/participants")
class ParticipantController {

	private final ParticipantService participantService;

	private final ApiCaller apiCaller;

	ParticipantController(ParticipantService participantService, ApiCaller apiCaller) {
		this.participantService = participantService;
		this.apiCaller = apiCaller;
	}

	@GetMapping("/{id}")
	ParticipantView read(@PathVariable long id) {
		Authentication reader = this.apiCaller.requireOneOf(ProgramGroup.staffAndAdmins());
		return ParticipantView.of(this.participantService.read(id, reader.getUserId()));
	}

	/** The participant enrolled under a case number (R-00042), as staff quote it. */
	@GetMapping
	ParticipantView findByCaseNumber(@RequestParam String caseNumber) {
		Authentication reader = this.apiCaller.requireOneOf(ProgramGroup.staffAndAdmins());
		Enrollment enrollment = this.participantService.enrollmentByCaseNumber(caseNumber.strip().toUpperCase())
			.orElseThrow(() -> new ParticipantNotFoundException("No participant with case number " + caseNumber));
		return ParticipantView.of(this.participantService.read(enrollment.getParticipantId(), reader.getUserId()));
	}

}
