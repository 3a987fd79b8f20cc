package org.waypoint.lifecycle.process;

import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.waypoint.crisis.CrisisReported;
import org.waypoint.handoff.HandoffRequested;
import org.waypoint.lifecycle.process.CaseManagementProcess.Variables;

/**
 * Crises and requested handoffs reach the participant's case in the transaction that
 * recorded them. Where no case receives them (the participant is not in case management
 * or follow-up), the record is refused with the reason.
 */
@Component
class CaseRequests {

	private final CaseMessages caseMessages;

	CaseRequests(CaseMessages caseMessages) {
		this.caseMessages = caseMessages;
	}

	@EventListener
	void on(CrisisReported crisis) {
		this.caseMessages.deliver(CaseManagementProcess.MESSAGE_CRISIS_REPORTED, crisis.participantId(), Map.of(),
				Map.of(Variables.CRISIS_ID, crisis.crisisId(), Variables.CRISIS_KIND, crisis.kind().name()),
				"Participant " + crisis.participantId() + " is not in case management or follow-up");
	}

	@EventListener
	void on(HandoffRequested handoff) {
		this.caseMessages.deliver(CaseManagementProcess.MESSAGE_HANDOFF_REQUESTED, handoff.participantId(), Map.of(),
				Map.of("handoffId", handoff.handoffId()),
				"Participant " + handoff.participantId() + " is not in case management");
	}

}
