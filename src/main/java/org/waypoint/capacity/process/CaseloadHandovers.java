package org.waypoint.capacity.process;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.waypoint.capacity.CaseManagerLeft;
import org.waypoint.platform.access.AsSystem;

/**
 * A case manager who left still holding participants: one handover for a supervisor, in
 * the transaction that removed them from the group.
 */
@Component
class CaseloadHandovers {

	private final RuntimeService runtimeService;

	private final IdentityService identityService;

	private final AsSystem asSystem;

	CaseloadHandovers(RuntimeService runtimeService, IdentityService identityService, AsSystem asSystem) {
		this.runtimeService = runtimeService;
		this.identityService = identityService;
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
								nameOf(left.caseManagerId())));
			}
		});
	}

	/** The login's name, or the login when it was deleted. */
	private String nameOf(String userId) {
		User user = this.identityService.createUserQuery().userId(userId).singleResult();
		return (user == null) ? userId : (user.getFirstName() + " " + user.getLastName()).strip();
	}

}
