package org.waypoint.lifecycle.process;

import static org.waypoint.lifecycle.process.CaseManagementProcess.Variables.APPROVED_PLAN_ID;
import static org.waypoint.lifecycle.process.CaseManagementProcess.Variables.PLAN_HANDOFF_IDS;
import static org.waypoint.lifecycle.process.CaseManagementProcess.Variables.PLAN_ID;
import static org.waypoint.platform.ProcessIds.PARTICIPANT_ID;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.waypoint.handoff.Handoff;
import org.waypoint.handoff.HandoffService;
import org.waypoint.handoff.PlanHandoffs;
import org.waypoint.handoff.ServiceType;
import org.waypoint.platform.access.Actors;
import org.waypoint.platform.forms.FormFields;

/**
 * The warm handoffs an approved case plan asks for, opened for case-management to call.
 */
@Component("casePlanHandoffs")
public class CasePlanHandoffs {

	private final HandoffService handoffService;

	private final PlanHandoffs planHandoffs;

	CasePlanHandoffs(HandoffService handoffService, PlanHandoffs planHandoffs) {
		this.handoffService = handoffService;
		this.planHandoffs = planHandoffs;
	}

	/**
	 * Opens the handoffs of an approved plan; one to a service under way is not doubled.
	 */
	public void open(DelegateExecution execution) {
		Long approved = (Long) execution.getVariable(APPROVED_PLAN_ID);
		List<ServiceType> services = (approved != null) ? this.planHandoffs.servicesOf(approved) : List.of();
		List<Long> handoffs = this.handoffService
			.openForPlan(PARTICIPANT_ID.from(execution), (Long) execution.getVariable(PLAN_ID), services,
					Actors.current(execution))
			.stream()
			.map(Handoff::getId)
			.toList();
		execution.setVariable(PLAN_HANDOFF_IDS, FormFields.json(handoffs));
	}

}
