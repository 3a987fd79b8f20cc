package org.waypoint.lifecycle.process;

import static org.waypoint.platform.ProcessIds.ENROLLMENT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.waypoint.capacity.CapacityService;

/** The participant's caseload slot, freed when the stay ends. */
@Component("caseloadSlots")
public class CaseloadSlots {

	private final CapacityService capacityService;

	CaseloadSlots(CapacityService capacityService) {
		this.capacityService = capacityService;
	}

	public void release(DelegateExecution execution) {
		this.capacityService.release(ENROLLMENT_ID.from(execution));
	}

}
