package org.waypoint.caseplan;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.waypoint.handoff.ServiceType;

/**
 * One goal of a case plan: the risk factor or need it addresses, what will be done, by
 * whom, by when.
 *
 * @param handoffTo a service the participant is handed to for this goal (a warm handoff
 * starts when the plan is approved), or null
 */
public record NewGoal(@NotNull(message = "domain is required") PlanDomain domain,
		@NotBlank(message = "addresses is required: the risk factor or need, in a few words") @Size(
				max = 200) String addresses,
		@NotBlank(message = "goal is required") @Size(max = 1000) String goal,
		@NotBlank(message = "actions is required") @Size(max = 2000) String actions,
		@NotBlank(message = "responsible is required: who does it") @Size(max = 200) String responsible,
		@NotNull(message = "targetDate is required") LocalDate targetDate, GoalStatus status, ServiceType handoffTo) {

}
