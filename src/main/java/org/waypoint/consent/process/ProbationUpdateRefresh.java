package org.waypoint.consent.process;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.waypoint.consent.ConsentService;
import org.waypoint.consent.Release;
import org.waypoint.consent.ReleaseParty;
import org.waypoint.consent.ReleaseRecorded;
import org.waypoint.consent.ReleaseRevoked;
import org.waypoint.platform.ProcessIds;
import org.waypoint.platform.access.AsSystem;

/**
 * An open probation update offers what the releases allow when it is made; when a
 * probation release is revoked or recorded, the update goes back to the consent check, in
 * the same transaction, so it never offers what a release no longer allows.
 */
@Component
class ProbationUpdateRefresh {

	private final RuntimeService runtimeService;

	private final ConsentService consentService;

	private final AsSystem asSystem;

	ProbationUpdateRefresh(RuntimeService runtimeService, ConsentService consentService, AsSystem asSystem) {
		this.runtimeService = runtimeService;
		this.consentService = consentService;
		this.asSystem = asSystem;
	}

	@EventListener
	void on(ReleaseRecorded recorded) {
		if (recorded.party() == ReleaseParty.PROBATION) {
			checkAgain(recorded.participantId());
		}
	}

	@EventListener
	void on(ReleaseRevoked revoked) {
		Release release = this.consentService.release(revoked.releaseId());
		if (release.getParty() == ReleaseParty.PROBATION) {
			checkAgain(release.getParticipantId());
		}
	}

	private void checkAgain(long participantId) {
		this.asSystem
			.run(() -> this.runtimeService.createMessageCorrelation(ProbationUpdateProcess.MESSAGE_RELEASE_CHANGED)
				.processInstanceVariableEquals(ProcessIds.PARTICIPANT_ID.name(), participantId)
				.correlateAllWithResult());
	}

}
