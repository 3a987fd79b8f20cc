package org.waypoint.platform.access;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is acting in a process step: the login that completed the task, or the program. */
public final class Actors {

	/** Steps nobody took by hand: timers, the program's own reactions. */
	public static final String PROGRAM = "waypoint";

	private Actors() {
	}

	/**
	 * The login behind the current engine call (the Tasklist user completing a form), or
	 * {@link #PROGRAM}.
	 */
	public static String current(VariableScope scope) {
		Authentication authentication = null;
		if (scope instanceof DelegateExecution execution) {
			authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		}
		else if (scope instanceof DelegateTask task) {
			authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		}
		return (authentication != null && authentication.getUserId() != null) ? authentication.getUserId() : PROGRAM;
	}

}
