package org.waypoint.platform.tasklist;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Adds to every user task of every model as it is deployed: the engine plugins of
 * Tasklist's rules (coverage, names, urgency) hook in here, after the model's own
 * listeners.
 */
final class EveryUserTask {

	/** What to add to one user task, given its element in the model. */
	interface Addition {

		void addTo(TaskDefinition task, Element userTaskElement);

	}

	private EveryUserTask() {
	}

	static void add(ProcessEngineConfigurationImpl configuration, Addition addition) {
		List<BpmnParseListener> listeners = new ArrayList<>();
		if (configuration.getCustomPreBPMNParseListeners() != null) {
			listeners.addAll(configuration.getCustomPreBPMNParseListeners());
		}
		listeners.add(new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
				addition.addTo(((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition(),
						userTaskElement);
			}
		});
		configuration.setCustomPreBPMNParseListeners(listeners);
	}

}
