package org.waypoint.lifecycle.process;

import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.Variables.PARTICIPANT_ID;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.waypoint.crisis.CrisisReported;
import org.waypoint.handoff.HandoffRequested;
import org.waypoint.platform.ConflictException;
import org.waypoint.platform.access.AsSystem;

/**
 * Crises and requested handoffs reach the participant's case in the transaction that
 * recorded them. Where no case receives them (the participant is not in case management
 * or follow-up), the record is refused with the reason.
 */
@Component
class CaseRequests {

	private final RuntimeService runtimeService;

	private final AsSystem asSystem;

	CaseRequests(RuntimeService runtimeService, AsSystem asSystem) {
		this.runtimeService = runtimeService;
		this.asSystem = asSystem;
	}

	@EventListener
	void on(CrisisReported crisis) {
		deliver(CaseManagementProcess.MESSAGE_CRISIS_REPORTED, crisis.participantId(),
				Map.of("crisisId", crisis.crisisId(), "crisisKind", crisis.kind().name()),
				"Participant " + crisis.participantId() + " is not in case management or follow-up");
	}

	@EventListener
	void on(HandoffRequested handoff) {
		deliver(CaseManagementProcess.MESSAGE_HANDOFF_REQUESTED, handoff.participantId(),
				Map.of("handoffId", handoff.handoffId()),
				"Participant " + handoff.participantId() + " is not in case management");
	}

	private void deliver(String message, long participantId, Map<String, Object> local, String refusal) {
		int received = this.asSystem.call(() -> this.runtimeService.createMessageCorrelation(message)
			.processInstanceVariableEquals(PARTICIPANT_ID, participantId)
			.setVariablesLocal(local)
			.correlateAllWithResult()
			.size());
		if (received == 0) {
			throw new ConflictException(refusal);
		}
	}

}
