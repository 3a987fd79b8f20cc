package org.waypoint.lifecycle.process;

import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.Variables.DOOR;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.Variables.POSSIBLE_MATCH;
import static org.waypoint.platform.ProcessIds.CASE_NUMBER;
import static org.waypoint.platform.ProcessIds.PARTICIPANT_NAME;
import static org.waypoint.platform.ProcessIds.REFERRAL_ID;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.waypoint.platform.access.AsSystem;
import org.waypoint.referral.ReferralReceived;

/**
 * Starts a participant's lifecycle for each new referral, in the transaction that took
 * the referral: both are written, or neither.
 */
@Component
class StartParticipantLifecycle {

	private final RuntimeService runtimeService;

	private final AsSystem asSystem;

	StartParticipantLifecycle(RuntimeService runtimeService, AsSystem asSystem) {
		this.runtimeService = runtimeService;
		this.asSystem = asSystem;
	}

	@EventListener
	void on(ReferralReceived referral) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(REFERRAL_ID.name(), referral.referralId());
		variables.put(PARTICIPANT_NAME.name(), referral.shortName());
		variables.put(CASE_NUMBER.name(), referral.caseNumber());
		variables.put(DOOR, referral.door().name());
		// null when there is no match: the screening form then asks nothing about it
		variables.put(POSSIBLE_MATCH, referral.possibleMatch());
		this.asSystem.run(() -> this.runtimeService.startProcessInstanceByKey(ParticipantLifecycleProcess.KEY,
				referral.caseNumber(), variables));
	}

}
