package org.waypoint.platform.tasklist;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.waypoint.platform.access.AsSystem;
import org.waypoint.platform.access.GroupMembershipListener;
import org.waypoint.platform.access.ProgramGroup;
import org.waypoint.platform.access.ProgramIdentity;

/**
 * Nothing waits on someone who has gone: when a login leaves the last of the program's
 * groups (or is deleted), their open tasks go to the supervisors' Team queue, and so does
 * a task made for them later (a follow-up check-in, a handoff they were to go along to;
 * see {@link TaskCoverage}). A case manager's caseload moves through its own handover,
 * which gives their participants' tasks, these included, to the new case manager.
 */
@Component
public class DepartedStaffWork implements GroupMembershipListener {

	/** The task-local variable naming who a task was offered to the supervisors for. */
	static final String LEFT_BY = "leftBy";

	private final TaskService taskService;

	private final AsSystem asSystem;

	DepartedStaffWork(TaskService taskService, AsSystem asSystem) {
		this.taskService = taskService;
		this.asSystem = asSystem;
	}

	@Override
	public void joined(String userId, String groupId) {
	}

	@Override
	public void left(String userId, String groupId, Set<String> programGroupsKept) {
		this.asSystem.run(() -> {
			if (programGroupsKept.isEmpty()) {
				this.taskService.createTaskQuery().taskAssignee(userId).list().forEach(task -> {
					this.taskService.setAssignee(task.getId(), null);
					this.taskService.addCandidateGroup(task.getId(), ProgramGroup.SUPERVISORS.id());
					this.taskService.setVariableLocal(task.getId(), LEFT_BY, userId);
				});
			}
		});
	}

	/**
	 * The open tasks of a process that are the login's: assigned to them, or offered to
	 * the supervisors when they left.
	 */
	public List<Task> openTasksOf(String processInstanceId, String userId) {
		List<Task> tasks = new ArrayList<>(
				this.taskService.createTaskQuery().processInstanceId(processInstanceId).taskAssignee(userId).list());
		tasks.addAll(this.taskService.createTaskQuery()
			.processInstanceId(processInstanceId)
			.taskUnassigned()
			.taskVariableValueEquals(LEFT_BY, userId)
			.list());
		return tasks;
	}

	/** Gives the task to the login, out of the supervisors' queue if it waited there. */
	public void handTo(Task task, String userId) {
		this.taskService.setAssignee(task.getId(), userId);
		if (this.taskService.getVariableLocal(task.getId(), LEFT_BY) != null) {
			this.taskService.removeVariableLocal(task.getId(), LEFT_BY);
			this.taskService.deleteCandidateGroup(task.getId(), ProgramGroup.SUPERVISORS.id());
		}
	}

	/**
	 * Tasks are not scanned on start: a task made for a login gone since is caught as it
	 * is made.
	 */
	@Override
	public void reconcile(String groupId, Set<String> members) {
	}

	/** In none of the program's groups any more. Only inside an engine command. */
	static boolean hasGone(String userId) {
		return ProgramIdentity.programGroupsOf(userId).isEmpty();
	}

}
