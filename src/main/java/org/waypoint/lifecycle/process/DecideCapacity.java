package org.waypoint.lifecycle.process;

import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.Variables.DECISION;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.Variables.DECISION_REASON;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.Variables.PRIORITY;
import static org.waypoint.platform.ProcessIds.CASE_MANAGER;
import static org.waypoint.platform.ProcessIds.REFERRAL_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.waypoint.capacity.AdmissionPolicy;
import org.waypoint.capacity.AdmissionRuling;
import org.waypoint.capacity.CapacityDecision;
import org.waypoint.capacity.CapacityService;

/**
 * The capacity decision of source 000 for one referral, taken under the caseload lock.
 */
@Component("decideCapacity")
class DecideCapacity implements JavaDelegate {

	private final CapacityService capacityService;

	private final AdmissionPolicy admissionPolicy;

	DecideCapacity(CapacityService capacityService, AdmissionPolicy admissionPolicy) {
		this.capacityService = capacityService;
		this.admissionPolicy = admissionPolicy;
	}

	@Override
	public void execute(DelegateExecution execution) {
		CapacityDecision decision = this.capacityService.decide(REFERRAL_ID.from(execution),
				(String) execution.getVariable(PRIORITY), this.admissionPolicy);
		execution.setVariable(DECISION, decision.isAccepted() ? AdmissionRuling.ACCEPT : AdmissionRuling.DECLINE);
		execution.setVariable(DECISION_REASON, decision.getReason());
		CASE_MANAGER.set(execution, decision.getAssignedCaseManager());
	}

}
