package org.waypoint.platform.tasklist;

import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * A task's name for Tasklist says whose it is ("Screen referral — Jane D."), while the
 * model keeps a plain name that reads in Modeler and Cockpit ("Screen referral"). The
 * person's part comes from the user task's extension property {@value #PROPERTY}, an
 * expression evaluated when the task is created.
 */
@Component
public class TaskNames extends AbstractProcessEnginePlugin {

	public static final String PROPERTY = "taskName";

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		EveryUserTask.add(configuration, (task, element) -> {
			String template = nameTemplate(element);
			if (template != null) {
				Expression name = configuration.getExpressionManager().createExpression(template);
				task.addTaskListener(TaskListener.EVENTNAME_CREATE,
						created -> created.setName(String.valueOf(name.getValue(created))));
			}
		});
	}

	private static String nameTemplate(Element userTask) {
		Element extensions = userTask.element("extensionElements");
		Element properties = (extensions != null) ? extensions.element("properties") : null;
		if (properties == null) {
			return null;
		}
		return properties.elements("property")
			.stream()
			.filter(property -> PROPERTY.equals(property.attribute("name")))
			.map(property -> property.attribute("value"))
			.findFirst()
			.orElse(null);
	}

}
