package org.waypoint.caseplan;

import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.waypoint.handoff.PlanHandoffs;
import org.waypoint.handoff.ServiceType;

/** The handoffs a plan asks for are the services its goals name. */
@Component
class PlanGoalHandoffs implements PlanHandoffs {

	private final CasePlanService plans;

	PlanGoalHandoffs(CasePlanService plans) {
		this.plans = plans;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ServiceType> servicesOf(long planId) {
		return this.plans.plan(planId)
			.getGoals()
			.stream()
			.map(CasePlanGoal::getHandoffTo)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
	}

}
