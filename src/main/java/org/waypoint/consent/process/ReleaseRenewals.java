package org.waypoint.consent.process;

import static org.waypoint.consent.process.ReleaseRenewalProcess.Variables.EXPIRES_AT;
import static org.waypoint.consent.process.ReleaseRenewalProcess.Variables.RELEASE_ID;
import static org.waypoint.consent.process.ReleaseRenewalProcess.Variables.RELEASE_PARTY;
import static org.waypoint.consent.process.ReleaseRenewalProcess.Variables.RENEWAL_DUE_AT;
import static org.waypoint.platform.ProcessIds.CASE_MANAGER;
import static org.waypoint.platform.ProcessIds.CASE_NUMBER;
import static org.waypoint.platform.ProcessIds.PARTICIPANT_ID;
import static org.waypoint.platform.ProcessIds.PARTICIPANT_NAME;
import static org.waypoint.platform.ProcessIds.REFERRAL_ID;

import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.waypoint.consent.ConsentService;
import org.waypoint.consent.Release;
import org.waypoint.consent.ReleaseParty;
import org.waypoint.consent.ReleaseRecorded;
import org.waypoint.consent.ReleaseRevoked;
import org.waypoint.participant.Enrollment;
import org.waypoint.participant.Participant;
import org.waypoint.participant.ParticipantService;
import org.waypoint.platform.Words;
import org.waypoint.platform.access.AsSystem;

/**
 * Each release gets its own renewal reminder (release-renewal), started in the
 * transaction that recorded it; a revocation calls it off.
 */
@Component
class ReleaseRenewals {

	private final RuntimeService runtimeService;

	private final ConsentService consentService;

	private final ParticipantService participantService;

	private final AsSystem asSystem;

	ReleaseRenewals(RuntimeService runtimeService, ConsentService consentService, ParticipantService participantService,
			AsSystem asSystem) {
		this.runtimeService = runtimeService;
		this.consentService = consentService;
		this.participantService = participantService;
		this.asSystem = asSystem;
	}

	@EventListener
	/**
	 * The party as the renewal task's name says it. A substance-use provider is not named
	 * there: task lists reach supervisors and peers, whom 42 CFR Part 2 does not let know
	 * of the treatment; the Case file tab names it to those it does.
	 */
	static String label(ReleaseParty party) {
		return party.isSubstanceUseInformation() ? "a party named in the Case file" : Words.lowerCase(party);
	}

	void on(ReleaseRecorded recorded) {
		Release release = this.consentService.release(recorded.releaseId());
		Participant participant = this.participantService.get(recorded.participantId());
		Enrollment enrollment = this.participantService.currentEnrollment(recorded.participantId());
		Map<String, Object> variables = new HashMap<>();
		variables.put(RELEASE_ID, release.getId());
		variables.put(PARTICIPANT_ID.name(), participant.getId());
		variables.put(REFERRAL_ID.name(), enrollment.getReferralId());
		variables.put(CASE_MANAGER.name(), participant.getCaseManagerId());
		variables.put(PARTICIPANT_NAME.name(), participant.shortName());
		variables.put(CASE_NUMBER.name(), enrollment.getCaseNumber());
		variables.put(RELEASE_PARTY, label(release.getParty()));
		variables.put(RENEWAL_DUE_AT, Date.from(this.consentService.renewalDue(release)));
		variables.put(EXPIRES_AT, Date.from(release.getExpiresOn().atStartOfDay(ZoneOffset.UTC).toInstant()));
		this.asSystem.run(() -> this.runtimeService.startProcessInstanceByKey(ReleaseRenewalProcess.KEY,
				enrollment.getCaseNumber(), variables));
	}

	@EventListener
	void on(ReleaseRevoked revoked) {
		this.asSystem
			.run(() -> this.runtimeService.createMessageCorrelation(ReleaseRenewalProcess.MESSAGE_RELEASE_REVOKED)
				.processInstanceVariableEquals(RELEASE_ID, revoked.releaseId())
				.correlateAllWithResult());
	}

}
