package org.waypoint.lifecycle.process;

import static org.waypoint.lifecycle.process.CaseManagementProcess.Variables.STEP_DOWN_PROPOSED_AT;
import static org.waypoint.lifecycle.process.CaseManagementProcess.Variables.STEP_DOWN_PROPOSED_BY;
import static org.waypoint.platform.ProcessIds.CASE_MANAGER;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Who proposed a step-down, and when, for the supervisor's review: set by the API's
 * caller (CaseActionsController), or here when a plan review proposed it.
 */
@Component("stepDownProposals")
public class StepDownProposals {

	/**
	 * Execution listener: a plan review proposed the step-down, now, for the case
	 * manager.
	 */
	public void atPlanReview(DelegateExecution execution) {
		execution.setVariable(STEP_DOWN_PROPOSED_BY, CASE_MANAGER.from(execution));
		execution.setVariable(STEP_DOWN_PROPOSED_AT, ClockUtil.getCurrentTime());
	}

}
