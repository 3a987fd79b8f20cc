package org.waypoint.capacity.process;

import static org.waypoint.capacity.process.CapacityReviewProcess.Variables.ACTIVE_CASE_MANAGERS;
import static org.waypoint.capacity.process.CapacityReviewProcess.Variables.AVERAGE_CASELOAD;
import static org.waypoint.capacity.process.CapacityReviewProcess.Variables.HIGHEST_CASELOAD;
import static org.waypoint.capacity.process.CapacityReviewProcess.Variables.HIGHEST_INTENSIVE_CASELOAD;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.waypoint.capacity.CapacityService;
import org.waypoint.capacity.CaseloadSummary;

/**
 * Puts the program's caseload figures, and the standards they are judged by, before the
 * capacity-alert table.
 */
@Component("summarizeCaseloads")
class SummarizeCaseloads implements JavaDelegate {

	private final CapacityService capacityService;

	SummarizeCaseloads(CapacityService capacityService) {
		this.capacityService = capacityService;
	}

	@Override
	public void execute(DelegateExecution execution) {
		CaseloadSummary summary = this.capacityService.summary();
		execution.setVariable(ACTIVE_CASE_MANAGERS, summary.activeCaseManagers());
		execution.setVariable(AVERAGE_CASELOAD, Math.round(summary.average() * 10) / 10.0);
		execution.setVariable(HIGHEST_CASELOAD, (int) summary.highest());
		execution.setVariable(HIGHEST_INTENSIVE_CASELOAD, (int) summary.highestIntensive());
		execution.setVariables(this.capacityService.standards().asDecisionInputs());
	}

}
