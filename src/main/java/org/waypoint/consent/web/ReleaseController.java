package org.waypoint.consent.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import org.waypoint.platform.access.ApiCaller.CaseChanger;
import org.waypoint.platform.access.ApiCaller;
import org.waypoint.platform.access.ProgramGroup;
import org.waypoint.platform.web.CalledBy;

/**
 * Releases of information and what was shared under them. Probation reads what it was
 * sent, nothing else.
 */
@RestController
@Tag(name = "Releases of information",
		description = "What the participant lets the program share, with whom; and what was shared under it.")
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
	@Operation(operationId = "recordRelease", summary = "Record a release of information", description = """
			A release the participant signed: the `party` it lets the program share with, its \
			`partyName`, the `scopes` of what may be shared, the purpose, `signedOn` and optionally \
			`effectiveFrom` and `expiresOn` (dates, `YYYY-MM-DD`; expiry defaults to one year), and \
			whether it was `explained` to the participant. Nothing is shared without a release for \
			that party and scope; substance-use information only where a release names \
			`SUBSTANCE_USE` (42 CFR Part 2).""")
	@ApiResponse(responseCode = "201", description = "The release, in force from its first day.")
	@ApiResponse(responseCode = "403", description = CalledBy.NOT_WORKING_THE_CASE)
	@ApiResponse(responseCode = "404", description = "No such participant.")
	@CalledBy("the participant's case manager (or who covers them), supervisors, program-admins")
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
	@Operation(operationId = "listReleases", summary = "A participant's releases of information",
			description = "Every release, revoked and superseded ones included. The read is written to the audit log.")
	@ApiResponse(responseCode = "200", description = "The releases (empty for an unknown participant).")
	@CalledBy("staff, program-admins")
	List<ReleaseView> releases(@PathVariable long participantId) {
		Authentication reader = this.apiCaller.requireOneOf(ProgramGroup.staffAndAdmins());
		this.auditLog.record(reader.getUserId(), AuditAction.PARTICIPANT_RECORD_READ, participantId, "releases");
		return this.consentService.releasesOf(participantId).stream().map(ReleaseView::of).toList();
	}

	/** The participant revokes one release: it takes effect at once, the others stay. */
	@PostMapping("/api/releases/{releaseId}/revocation")
	@Operation(operationId = "revokeRelease", summary = "Revoke a release of information",
			description = "The participant revokes one release: it ends at once, the participant's other releases stay in force. No body.")
	@ApiResponse(responseCode = "200", description = "The revoked release.")
	@ApiResponse(responseCode = "403", description = CalledBy.NOT_WORKING_THE_CASE)
	@ApiResponse(responseCode = "404", description = "No such release.")
	@CalledBy("the participant's case manager (or who covers them), supervisors, program-admins")
	ReleaseView revoke(@PathVariable long releaseId) {
		CaseChanger caller = this.apiCaller.requireCaseChanger();
		this.caseChanges.requireAllowed(this.consentService.release(releaseId).getParticipantId(), caller.userId(),
				caller.oversees(), "revocation of release " + releaseId);
		return ReleaseView.of(this.consentService.revoke(releaseId, caller.userId()));
	}

	@GetMapping("/api/participants/{participantId}/disclosures")
	@Operation(operationId = "listDisclosures", summary = "What was shared about a participant", description = """
			Every attempt to share information about the participant, shared or refused, with \
			the release it went under or the reason it did not. The read is written to the audit \
			log.""")
	@ApiResponse(responseCode = "200", description = "The disclosure attempts (empty for an unknown participant).")
	@CalledBy("case-managers, supervisors, program-admins")
	List<DisclosureView> disclosures(@PathVariable long participantId) {
		Authentication reader = this.apiCaller.requireOneOf(DISCLOSURE_READERS);
		this.auditLog.record(reader.getUserId(), AuditAction.PARTICIPANT_RECORD_READ, participantId, "disclosures");
		return this.consentService.disclosuresOf(participantId).stream().map(DisclosureView::of).toList();
	}

	/** What probation was sent under the participants' releases, newest first. */
	@GetMapping("/api/probation/updates")
	@Operation(operationId = "probationUpdates", summary = "What probation was sent", description = """
			The updates shared with probation, newest first: only what a release in force allowed \
			when it was sent (`allowed` is true for each).""")
	@ApiResponse(responseCode = "200", description = "The updates shared with probation.")
	@CalledBy("probation")
	List<DisclosureView> probationUpdates() {
		this.apiCaller.requireOneOf(Set.of(ProgramGroup.PROBATION));
		return this.consentService.sharedWith(ReleaseParty.PROBATION).stream().map(DisclosureView::of).toList();
	}

}
