package org.waypoint.engagement.process;

import static org.waypoint.engagement.process.ContactWatchProcess.MESSAGE_CONTACT_RECORDED;
import static org.waypoint.engagement.process.ContactWatchProcess.MESSAGE_PARTICIPANT_SIGHTED;
import static org.waypoint.platform.ProcessIds.PARTICIPANT_ID;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.waypoint.engagement.ParticipantSeen;
import org.waypoint.platform.access.AsSystem;

/**
 * Tells the participant's processes that they were seen, in the transaction that recorded
 * it: a search stops, the contact watch starts over, the participant lifecycle learns
 * that a person waiting for intake was reached. Where no process waits for it (an active
 * participant seen as usual), nothing happens.
 */
@Component
class ParticipantSeenCorrelation {

	private final RuntimeService runtimeService;

	private final AsSystem asSystem;

	ParticipantSeenCorrelation(RuntimeService runtimeService, AsSystem asSystem) {
		this.runtimeService = runtimeService;
		this.asSystem = asSystem;
	}

	@EventListener
	void on(ParticipantSeen seen) {
		String message = seen.sighting() ? MESSAGE_PARTICIPANT_SIGHTED : MESSAGE_CONTACT_RECORDED;
		this.asSystem.run(() -> this.runtimeService.createMessageCorrelation(message)
			.processInstanceVariableEquals(PARTICIPANT_ID.name(), seen.participantId())
			.correlateAllWithResult());
	}

}
