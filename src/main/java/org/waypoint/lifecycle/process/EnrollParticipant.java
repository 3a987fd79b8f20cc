package org.waypoint.lifecycle.process;

import static org.waypoint.platform.ProcessIds.CASE_MANAGER;
import static org.waypoint.platform.ProcessIds.ENROLLMENT_ID;
import static org.waypoint.platform.ProcessIds.PARTICIPANT_ID;
import static org.waypoint.platform.ProcessIds.REFERRAL_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.waypoint.participant.Enrollment;
import org.waypoint.participant.ParticipantService;

/** Enrolls the accepted referral's person with the assigned case manager. */
@Component("enrollParticipant")
class EnrollParticipant implements JavaDelegate {

	private final ParticipantService participantService;

	EnrollParticipant(ParticipantService participantService) {
		this.participantService = participantService;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Enrollment enrollment = this.participantService.enroll(REFERRAL_ID.from(execution),
				CASE_MANAGER.from(execution));
		PARTICIPANT_ID.set(execution, enrollment.getParticipantId());
		ENROLLMENT_ID.set(execution, enrollment.getId());
	}

}
