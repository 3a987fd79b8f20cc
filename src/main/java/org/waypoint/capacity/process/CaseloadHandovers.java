package org.waypoint.capacity.process;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.waypoint.capacity.CaseManagerLeft;
import org.waypoint.platform.access.AsSystem;
import org.waypoint.platform.access.LoginNames;

/**
 * A case manager who left still holding participants: one handover for a supervisor, in
 * the transaction that removed them from the group.
 */
@Component
class CaseloadHandovers {

	private final RuntimeService runtimeService;

	private final LoginNames loginNames;

	private final AsSystem asSystem;

	CaseloadHandovers(RuntimeService runtimeService, LoginNames loginNames, AsSystem asSystem) {
		this.runtimeService = runtimeService;
		this.loginNames = loginNames;
		this.asSystem = asSystem;
	}

	@EventListener
	void on(CaseManagerLeft left) {
		this.asSystem.run(() -> {
			boolean open = this.runtimeService.createProcessInstanceQuery()
				.processDefinitionKey(CaseloadHandoverProcess.KEY)
				.processInstanceBusinessKey(left.caseManagerId())
				.count() > 0;
			if (!open) {
				this.runtimeService.startProcessInstanceByKey(CaseloadHandoverProcess.KEY, left.caseManagerId(),
						Map.of(CaseloadHandoverProcess.Variables.LEAVING_CASE_MANAGER, left.caseManagerId(),
								CaseloadHandoverProcess.Variables.LEAVING_CASE_MANAGER_NAME,
								this.loginNames.nameOf(left.caseManagerId())));
			}
		});
	}

}
