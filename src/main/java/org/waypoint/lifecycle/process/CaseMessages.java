package org.waypoint.lifecycle.process;

import static org.waypoint.platform.ProcessIds.PARTICIPANT_ID;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.waypoint.platform.ConflictException;
import org.waypoint.platform.access.AsSystem;

/**
 * A message to the participant's processes, in the caller's transaction. When none of
 * them waits for it (no open case, say), it is refused with the reason and what the
 * caller recorded is rolled back.
 */
@Component
public class CaseMessages {

	private final RuntimeService runtimeService;

	private final AsSystem asSystem;

	CaseMessages(RuntimeService runtimeService, AsSystem asSystem) {
		this.runtimeService = runtimeService;
		this.asSystem = asSystem;
	}

	/**
	 * @param variables set on the receiving process instance
	 * @param localVariables set on the execution the message starts (an event
	 * sub-process's, say)
	 */
	public void deliver(String message, long participantId, Map<String, Object> variables,
			Map<String, Object> localVariables, String refusal) {
		int received = this.asSystem.call(() -> this.runtimeService.createMessageCorrelation(message)
			.processInstanceVariableEquals(PARTICIPANT_ID.name(), participantId)
			.setVariables(variables)
			.setVariablesLocal(localVariables)
			.correlateAllWithResult()
			.size());
		if (received == 0) {
			throw new ConflictException(refusal);
		}
	}

}
