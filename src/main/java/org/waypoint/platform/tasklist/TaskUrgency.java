package org.waypoint.platform.tasklist;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.waypoint.platform.Clocks;

/**
 * A task's priority says how urgent it is, so every Tasklist filter (each sorts by
 * priority first) lists crisis tasks first, then overdue ones, then those due soon, then
 * the rest. A task is ranked when it is created, and again as it becomes due soon or
 * overdue ({@link TaskUrgencyRefresh}); a rank is never lowered, so a priority someone
 * set by hand stays when it is higher.
 */
@Component
public class TaskUrgency extends AbstractProcessEnginePlugin {

	public static final int CRISIS = 100;

	public static final int OVERDUE = 80;

	public static final int DUE_SOON = 65;

	/** The engine's default: neither crisis, nor overdue, nor due soon. */
	public static final int ROUTINE = 50;

	private static final Set<String> CRISIS_TASKS = Set.of(TasklistFilters.CRISIS_TASKS);

	private final Clock clock;

	private final Duration dueSoon;

	/** For the process tests' engine, which has no Spring: the engine's clock, a day. */
	public TaskUrgency() {
		this(Clocks.engineClock(), Duration.ofDays(1));
	}

	@Autowired
	TaskUrgency(Clock clock, @Value("${waypoint.tasklist.due-soon}") Duration dueSoon) {
		this.clock = clock;
		this.dueSoon = dueSoon;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		TaskListener rank = this::rank;
		EveryUserTask.add(configuration, (task, element) -> task.addTaskListener(TaskListener.EVENTNAME_CREATE, rank));
	}

	private void rank(DelegateTask task) {
		int urgency = CRISIS_TASKS.contains(task.getTaskDefinitionKey()) ? CRISIS : urgencyByDueDate(task.getDueDate());
		task.setPriority(Math.max(task.getPriority(), urgency));
	}

	int urgencyByDueDate(Date due) {
		if (due == null) {
			return ROUTINE;
		}
		Instant now = this.clock.instant();
		if (due.toInstant().isBefore(now)) {
			return OVERDUE;
		}
		return due.toInstant().isBefore(dueSoonBefore(now)) ? DUE_SOON : ROUTINE;
	}

	/** Tasks due before this are due soon, if not overdue. */
	Instant dueSoonBefore(Instant now) {
		return now.plus(this.dueSoon);
	}

}
