package org.waypoint.lifecycle.process;

import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.Variables.ENROLLMENT_END;
import static org.waypoint.platform.ProcessIds.PARTICIPANT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.waypoint.participant.EnrollmentEnd;
import org.waypoint.participant.ParticipantService;

/** The participant's enrollment as the lifecycle ends it. */
@Component("participantSteps")
public class ParticipantSteps {

	private final ParticipantService participantService;

	ParticipantSteps(ParticipantService participantService) {
		this.participantService = participantService;
	}

	public void closeWithoutIntake(DelegateExecution execution) {
		this.participantService.endEnrollment(participantId(execution), EnrollmentEnd.CLOSED_WITHOUT_INTAKE);
	}

	/** Ends the enrollment for the reason case management returned. */
	public void endEnrollment(DelegateExecution execution) {
		this.participantService.endEnrollment(participantId(execution),
				EnrollmentEnd.valueOf((String) execution.getVariable(ENROLLMENT_END)));
	}

	/** A planned discharge (followed up for 90 days), not an early exit. */
	public boolean discharged(String enrollmentEnd) {
		return EnrollmentEnd.valueOf(enrollmentEnd).isDischarge();
	}

	private static long participantId(DelegateExecution execution) {
		return PARTICIPANT_ID.from(execution);
	}

}
