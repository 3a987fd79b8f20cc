package org.waypoint.platform.tasklist;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;
import org.waypoint.platform.ProcessIds;

/**
 * Copies the participant's short name and case number onto every new user task as task
 * variables. The saved filters show them as columns; staff may read their own tasks but
 * not every process instance, and a task's own variables are readable with the task.
 */
@Component
public class TasklistColumns extends AbstractProcessEnginePlugin {

	static final List<String> COLUMNS = List.of(ProcessIds.PARTICIPANT_NAME.name(), ProcessIds.CASE_NUMBER.name());

	private static final TaskListener COPY_COLUMNS = TasklistColumns::copyColumns;

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPostBPMNParseListeners() == null) {
			configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
		}
		configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
				((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
					.addTaskListener(TaskListener.EVENTNAME_CREATE, COPY_COLUMNS);
			}
		});
	}

	private static void copyColumns(DelegateTask task) {
		for (String column : COLUMNS) {
			Object value = task.getVariable(column);
			if (value != null) {
				task.setVariableLocal(column, value);
			}
		}
	}

}
