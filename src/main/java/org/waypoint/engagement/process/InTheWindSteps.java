package org.waypoint.engagement.process;

import static org.waypoint.platform.ProcessIds.CASE_MANAGER;
import static org.waypoint.platform.ProcessIds.ENROLLMENT_ID;
import static org.waypoint.platform.ProcessIds.PARTICIPANT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.waypoint.capacity.AdmissionPolicy;
import org.waypoint.capacity.CapacityService;
import org.waypoint.participant.ParticipantService;

/**
 * The contact watch's steps for a participant out of touch: their status as they go and
 * come back, and the caseload slot a supervisor may free while they are inactive.
 */
@Component("inTheWindSteps")
public class InTheWindSteps {

	private final ParticipantService participantService;

	private final CapacityService capacityService;

	private final AdmissionPolicy admissionPolicy;

	InTheWindSteps(ParticipantService participantService, CapacityService capacityService,
			AdmissionPolicy admissionPolicy) {
		this.participantService = participantService;
		this.capacityService = capacityService;
		this.admissionPolicy = admissionPolicy;
	}

	public void markInTheWind(DelegateExecution execution) {
		this.participantService.markInTheWind(PARTICIPANT_ID.from(execution));
	}

	public void markInactive(DelegateExecution execution) {
		this.participantService.markInactive(PARTICIPANT_ID.from(execution));
	}

	public void reEngage(DelegateExecution execution) {
		this.participantService.reEngage(PARTICIPANT_ID.from(execution));
	}

	public void releaseSlot(DelegateExecution execution) {
		this.capacityService.release(ENROLLMENT_ID.from(execution));
	}

	/**
	 * A participant whose slot was freed while inactive comes back: a slot with their
	 * case manager if the policy allows, else with the least-loaded one who has room, to
	 * whom the participant's record and processes then move (CaseManagerHandover).
	 */
	public void reinstateSlot(DelegateExecution execution) {
		this.capacityService.reinstate(ENROLLMENT_ID.from(execution), CASE_MANAGER.from(execution),
				this.admissionPolicy);
	}

}
