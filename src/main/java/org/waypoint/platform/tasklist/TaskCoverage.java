package org.waypoint.platform.tasklist;

import static org.waypoint.platform.ProcessIds.CASE_MANAGER;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.waypoint.platform.access.ProgramGroup;

/**
 * A task made for a case manager who is away goes to the colleague covering them, in
 * every process: a create listener on every user task asks the {@link Cover}. Only the
 * tasks of their own participants move (the task's process names them as the case
 * manager); their own onboarding, say, stays theirs. A task made for someone who has left
 * the program goes to the supervisors ({@link DepartedStaffWork}).
 */
@Component
public class TaskCoverage extends AbstractProcessEnginePlugin {

	/** Who covers a login today, if anyone. */
	public interface Cover {

		Optional<String> coverOf(String userId);

	}

	private final ObjectProvider<Cover> cover;

	TaskCoverage(ObjectProvider<Cover> cover) {
		this.cover = cover;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		TaskListener toCover = task -> {
			String assignee = task.getAssignee();
			if (assignee == null) {
				return;
			}
			if (DepartedStaffWork.hasGone(assignee)) {
				task.setAssignee(null);
				task.addCandidateGroup(ProgramGroup.SUPERVISORS.id());
				task.setVariableLocal(DepartedStaffWork.LEFT_BY, assignee);
			}
			else if (assignee.equals(task.getVariable(CASE_MANAGER.name()))) {
				this.cover.ifAvailable(cover -> cover.coverOf(assignee).ifPresent(task::setAssignee));
			}
		};
		EveryUserTask.add(configuration,
				(task, element) -> task.addTaskListener(TaskListener.EVENTNAME_CREATE, toCover));
	}

}
