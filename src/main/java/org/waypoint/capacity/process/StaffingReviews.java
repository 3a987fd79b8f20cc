package org.waypoint.capacity.process;

import static org.waypoint.capacity.process.StaffingReviewProcess.Variables.ACCEPTANCES_ABOVE_AVERAGE;
import static org.waypoint.capacity.process.StaffingReviewProcess.Variables.DECISION_REASON;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.waypoint.capacity.AcceptedAboveAverage;
import org.waypoint.platform.access.AsSystem;

/**
 * One open staffing review at a time: an acceptance above the average opens it, or brings
 * the open one up to date (how many since it opened, the latest reason). It runs in the
 * decision's transaction, under the caseload lock, so two decisions never open two
 * reviews; the participant's path does not wait on it.
 */
@Component
class StaffingReviews {

	private final RuntimeService runtimeService;

	private final AsSystem asSystem;

	StaffingReviews(RuntimeService runtimeService, AsSystem asSystem) {
		this.runtimeService = runtimeService;
		this.asSystem = asSystem;
	}

	@EventListener
	void on(AcceptedAboveAverage accepted) {
		this.asSystem.run(() -> {
			ProcessInstance open = this.runtimeService.createProcessInstanceQuery()
				.processDefinitionKey(StaffingReviewProcess.KEY)
				.active()
				.list()
				.stream()
				.findFirst()
				.orElse(null);
			if (open == null) {
				this.runtimeService.startProcessInstanceByKey(StaffingReviewProcess.KEY,
						Map.of(ACCEPTANCES_ABOVE_AVERAGE, 1, DECISION_REASON, accepted.reason()));
			}
			else {
				int before = (Integer) this.runtimeService.getVariable(open.getId(), ACCEPTANCES_ABOVE_AVERAGE);
				this.runtimeService.setVariables(open.getId(),
						Map.of(ACCEPTANCES_ABOVE_AVERAGE, before + 1, DECISION_REASON, accepted.reason()));
			}
		});
	}

}
