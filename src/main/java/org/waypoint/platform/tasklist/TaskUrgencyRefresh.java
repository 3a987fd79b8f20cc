package org.waypoint.platform.tasklist;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ranks again the open tasks that became overdue or due soon since they were created
 * ({@link TaskUrgency}), every {@code waypoint.tasklist.urgency-refresh}. Each node may
 * run it: raising a priority twice to the same rank changes nothing.
 */
@Component
@EnableScheduling
public class TaskUrgencyRefresh {

	private static final int PAGE = 500;

	private final TaskService taskService;

	private final TaskUrgency urgency;

	private final Clock clock;

	TaskUrgencyRefresh(TaskService taskService, TaskUrgency urgency, Clock clock) {
		this.taskService = taskService;
		this.urgency = urgency;
		this.clock = clock;
	}

	/**
	 * @return how many tasks were raised
	 */
	@Scheduled(fixedDelayString = "${waypoint.tasklist.urgency-refresh}",
			initialDelayString = "${waypoint.tasklist.urgency-refresh}")
	public int refresh() {
		Instant now = this.clock.instant();
		return raise(() -> this.taskService.createTaskQuery().dueBefore(Date.from(now)), TaskUrgency.OVERDUE)
				+ raise(() -> this.taskService.createTaskQuery().dueBefore(Date.from(this.urgency.dueSoonBefore(now))),
						TaskUrgency.DUE_SOON);
	}

	private int raise(Supplier<TaskQuery> due, int rank) {
		int raised = 0;
		List<Task> page;
		do {
			page = due.get().taskMaxPriority(rank - 1).listPage(0, PAGE);
			page.forEach(task -> this.taskService.setPriority(task.getId(), rank));
			raised += page.size();
		}
		while (page.size() == PAGE);
		return raised;
	}

}
