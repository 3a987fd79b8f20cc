package org.waypoint.consent.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.waypoint.audit.AuditAction;
import org.waypoint.audit.AuditLog;
import org.waypoint.consent.ConsentService;
import org.waypoint.consent.Disclosure;
import org.waypoint.consent.DisclosureScope;
import org.waypoint.consent.NewRelease;
import org.waypoint.consent.Release;
import org.waypoint.consent.ReleaseParty;
import org.waypoint.participant.CaseChanges;
import org.waypoint.platform.access.ApiCaller;
import org.waypoint.platform.access.ApiCaller.CaseChanger;
import org.waypoint.platform.access.ProgramGroup;

/**
 * Releases of information and what was shared under them. Probation reads what it was
 * sent, nothing else.
 */
@RestController
class ReleaseController {

	private static final Set<ProgramGroup> DISCLOSURE_READERS = Set.of(ProgramGroup.CASE_MANAGERS,
			ProgramGroup.SUPERVISORS, ProgramGroup.PROGRAM_ADMINS);

	private final ConsentService consentService;

	private final AuditLog auditLog;

	private final CaseChanges caseChanges;

	private final ApiCaller apiCaller;

	ReleaseController(ConsentService consentService, AuditLog auditLog, CaseChanges caseChanges, ApiCaller apiCaller) {
		this.consentService = consentService;
		this.auditLog = auditLog;
		this.caseChanges = caseChanges;
		this.apiCaller = apiCaller;
	}

	record ReleaseRequest(ReleaseParty party, String partyName, Set<DisclosureScope> scopes, String purpose,
			LocalDate signedOn, LocalDate effectiveFrom, LocalDate expiresOn, boolean explained) {
	}

	record ReleaseView(long id, ReleaseParty party, String partyName, Set<DisclosureScope> scopes, String purpose,
			LocalDate signedOn, LocalDate effectiveFrom, LocalDate expiresOn, Instant revokedAt, Long supersededBy) {

		static ReleaseView of(Release release) {
			return new ReleaseView(release.getId(), release.getParty(), release.getPartyName(), release.getScopes(),
					release.getPurpose(), release.getSignedOn(), release.getEffectiveFrom(), release.getExpiresOn(),
					release.getRevokedAt(), release.getSupersededBy());
		}

	}

	record DisclosureView(long id, long participantId, ReleaseParty party, Set<DisclosureScope> scopes, String purpose,
			String content, boolean allowed, String reason, String attemptedBy, Instant attemptedAt) {

		static DisclosureView of(Disclosure disclosure) {
			return new DisclosureView(disclosure.getId(), disclosure.getParticipantId(), disclosure.getParty(),
					disclosure.getScopes(), disclosure.getPurpose(), disclosure.getContent(), disclosure.isAllowed(),
					disclosure.getReason(), disclosure.getAttemptedBy(), disclosure.getAttemptedAt());
		}

	}

	@PostMapping("/api/participants/{participantId}/releases")
	ResponseEntity<ReleaseView> record(@PathVariable long participantId, @RequestBody ReleaseRequest request) {
		CaseChanger caller = this.apiCaller.requireCaseChanger();
		this.caseChanges.requireAllowed(participantId, caller.userId(), caller.oversees(), "release of information");
		Release release = this.consentService.record(
				new NewRelease(participantId, request.party(), request.partyName(), request.scopes(), request.purpose(),
						request.signedOn(), request.effectiveFrom(), request.expiresOn(), request.explained()),
				caller.userId());
		return ResponseEntity.created(URI.create("/api/releases/" + release.getId())).body(ReleaseView.of(release));
	}

	@GetMapping("/api/participants/{participantId}/releases")
	List<ReleaseView> releases(@PathVariable long participantId) {
		Authentication reader = this.apiCaller.requireOneOf(ProgramGroup.staffAndAdmins());
		this.auditLog.record(reader.getUserId(), AuditAction.PARTICIPANT_RECORD_READ, participantId, "releases");
		return this.consentService.releasesOf(participantId).stream().map(ReleaseView::of).toList();
	}

	/** The participant revokes one release: it takes effect at once, the others stay. */
	@PostMapping("/api/releases/{releaseId}/revocation")
	ReleaseView revoke(@PathVariable long releaseId) {
		CaseChanger caller = this.apiCaller.requireCaseChanger();
		this.caseChanges.requireAllowed(this.consentService.release(releaseId).getParticipantId(), caller.userId(),
				caller.oversees(), "revocation of release " + releaseId);
		return ReleaseView.of(this.consentService.revoke(releaseId, caller.userId()));
	}

	@GetMapping("/api/participants/{participantId}/disclosures")
	List<DisclosureView> disclosures(@PathVariable long participantId) {
		Authentication reader = this.apiCaller.requireOneOf(DISCLOSURE_READERS);
		this.auditLog.record(reader.getUserId(), AuditAction.PARTICIPANT_RECORD_READ, participantId, "disclosures");
		return this.consentService.disclosuresOf(participantId).stream().map(DisclosureView::of).toList();
	}

	/** What probation was sent under the participants' releases, newest first. */
	@GetMapping("/api/probation/updates")
	List<DisclosureView> probationUpdates() {
		this.apiCaller.requireOneOf(Set.of(ProgramGroup.PROBATION));
		return this.consentService.sharedWith(ReleaseParty.PROBATION).stream().map(DisclosureView::of).toList();
	}

}
