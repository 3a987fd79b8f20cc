package org.waypoint.lifecycle.process;

import static org.waypoint.platform.ProcessIds.CASE_MANAGER;
import static org.waypoint.platform.ProcessIds.REFERRAL_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.waypoint.capacity.AdmissionPolicy;
import org.waypoint.capacity.CapacityService;
import org.waypoint.capacity.CaseloadAssignment;

/** The participant's caseload slot: freed when the stay ends, given back on return. */
@Component("caseloadSlots")
public class CaseloadSlots {

	private final CapacityService capacityService;

	private final AdmissionPolicy admissionPolicy;

	CaseloadSlots(CapacityService capacityService, AdmissionPolicy admissionPolicy) {
		this.capacityService = capacityService;
		this.admissionPolicy = admissionPolicy;
	}

	public void release(DelegateExecution execution) {
		this.capacityService.release(referralId(execution));
	}

	/**
	 * A participant whose slot was freed while inactive comes back: a slot with their
	 * case manager if the policy allows, else with the least-loaded one who has room.
	 */
	public void reinstate(DelegateExecution execution) {
		CaseloadAssignment slot = this.capacityService.reinstate(referralId(execution), CASE_MANAGER.from(execution),
				this.admissionPolicy);
		execution.setVariable(CASE_MANAGER.name(), slot.getCaseManagerId());
	}

	private static long referralId(DelegateExecution execution) {
		return REFERRAL_ID.from(execution);
	}

}
