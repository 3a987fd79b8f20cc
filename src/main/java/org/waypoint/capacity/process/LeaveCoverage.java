package org.waypoint.capacity.process;

import static org.waypoint.capacity.process.StaffLeaveProcess.Variables.AWAY_FROM;
import static org.waypoint.capacity.process.StaffLeaveProcess.Variables.BACK_ON;
import static org.waypoint.capacity.process.StaffLeaveProcess.Variables.COVERED_BY;
import static org.waypoint.platform.ProcessIds.CASE_MANAGER;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.waypoint.capacity.CaseManagerAway;
import org.waypoint.capacity.CaseManagerBack;
import org.waypoint.platform.access.AsSystem;
import org.waypoint.platform.tasklist.TaskCoverage;

/**
 * A case manager's leave in the engine: one staff-leave process per leave, which hands
 * their participants' open tasks to the covering colleague on the first day away and back
 * on the day they return (new tasks meanwhile go to the colleague as they are made, see
 * {@link TaskCoverage}). A task is "their participant's" when its process names them as
 * the case manager.
 */
@Component("leaveCoverage")
public class LeaveCoverage {

	private final RuntimeService runtimeService;

	private final TaskService taskService;

	private final AsSystem asSystem;

	LeaveCoverage(RuntimeService runtimeService, TaskService taskService, AsSystem asSystem) {
		this.runtimeService = runtimeService;
		this.taskService = taskService;
		this.asSystem = asSystem;
	}

	@EventListener
	void on(CaseManagerAway away) {
		this.asSystem.run(() -> {
			endLeaveOf(away.caseManagerId());
			this.runtimeService.startProcessInstanceByKey(StaffLeaveProcess.KEY, away.caseManagerId(),
					Map.of(CASE_MANAGER.name(), away.caseManagerId(), COVERED_BY, away.coveredBy(), AWAY_FROM,
							midnight(away.from()), BACK_ON, midnight(away.until().plusDays(1))));
		});
	}

	@EventListener
	void on(CaseManagerBack back) {
		this.asSystem.run(() -> endLeaveOf(back.caseManagerId()));
	}

	/** The first day away: the colleague takes the participants' open tasks. */
	public void handOver(DelegateExecution execution) {
		move(CASE_MANAGER.from(execution), (String) execution.getVariable(COVERED_BY), CASE_MANAGER.from(execution));
	}

	/** Back: the colleague's tasks of those participants return. */
	public void handBack(DelegateExecution execution) {
		move((String) execution.getVariable(COVERED_BY), CASE_MANAGER.from(execution), CASE_MANAGER.from(execution));
	}

	private void move(String from, String to, String caseManager) {
		this.taskService.createTaskQuery()
			.taskAssignee(from)
			.processVariableValueEquals(CASE_MANAGER.name(), caseManager)
			.list()
			.forEach(task -> this.taskService.setAssignee(task.getId(), to));
	}

	private void endLeaveOf(String caseManager) {
		this.runtimeService.createMessageCorrelation(StaffLeaveProcess.MESSAGE_LEAVE_ENDED)
			.processInstanceBusinessKey(caseManager)
			.correlateAllWithResult();
	}

	private static Date midnight(LocalDate day) {
		return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
	}

}
