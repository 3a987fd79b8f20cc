package org.waypoint.consent;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.validation.Validator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waypoint.audit.AuditAction;
import org.waypoint.audit.AuditLog;
import org.waypoint.participant.ParticipantService;
import org.waypoint.participant.ParticipantStatus;
import org.waypoint.platform.InvalidInputException;

/**
 * Releases of information and the one consent check every disclosure passes (source 003:
 * "clear protocols for sharing relevant information with clients' consent"). Nothing is
 * shared without a release in force for that party and scope; substance-use information
 * only with a release that names it (42 CFR Part 2). Every attempt is recorded, shared or
 * refused.
 */
@Service
public class ConsentService {

	private final ReleaseRepository releases;

	private final DisclosureRepository disclosures;

	private final ParticipantService participants;

	private final AuditLog auditLog;

	private final ConsentSettings settings;

	private final Validator validator;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final RefusedDisclosures refusals;

	ConsentService(ReleaseRepository releases, DisclosureRepository disclosures, ParticipantService participants,
			AuditLog auditLog, ConsentSettings settings, Validator validator, ApplicationEventPublisher events,
			Clock clock, RefusedDisclosures refusals) {
		this.releases = releases;
		this.disclosures = disclosures;
		this.refusals = refusals;
		this.participants = participants;
		this.auditLog = auditLog;
		this.settings = settings;
		this.validator = validator;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Release record(NewRelease release, String recordedBy) {
		InvalidInputException.requireValid(this.validator, release, "The release was not recorded");
		this.participants.get(release.participantId());
		LocalDate from = (release.effectiveFrom() != null) ? release.effectiveFrom() : release.signedOn();
		LocalDate until = (release.expiresOn() != null) ? release.expiresOn()
				: from.plus(this.settings.defaultValidity());
		if (!until.isAfter(from)) {
			throw new InvalidInputException("The release was not recorded",
					List.of("expiresOn " + until + " must be after the release takes effect (" + from + ")"));
		}
		return announce(this.releases.save(new Release(release, from, until, recordedBy, this.clock.instant())));
	}

	/**
	 * The participant signs a release again before it lapses: a new release takes the old
	 * one's place, with the same party, scopes and purpose.
	 */
	@Transactional
	public Release renew(long releaseId, LocalDate expiresOn, String recordedBy) {
		Release current = inForce(releaseId);
		LocalDate today = today();
		LocalDate until = (expiresOn != null) ? expiresOn : today.plus(this.settings.defaultValidity());
		if (!until.isAfter(today)) {
			throw new InvalidInputException("The release was not renewed",
					List.of("expiresOn " + until + " must be after today (" + today + ")"));
		}
		Release renewal = this.releases.save(current.renewal(today, until, recordedBy, this.clock.instant()));
		current.supersede(renewal.getId());
		return announce(renewal);
	}

	/**
	 * Revoking one party's release takes effect at once and leaves the others in force.
	 */
	@Transactional
	public Release revoke(long releaseId, String revokedBy) {
		Release release = release(releaseId);
		if (release.getRevokedAt() == null) {
			release.revoke(revokedBy, this.clock.instant());
			this.events.publishEvent(new ReleaseRevoked(releaseId));
		}
		return release;
	}

	@Transactional(readOnly = true)
	public Release release(long releaseId) {
		return this.releases.findById(releaseId)
			.orElseThrow(() -> new ReleaseNotFoundException("No release of information " + releaseId));
	}

	@Transactional(readOnly = true)
	public List<Release> releasesOf(long participantId) {
		return this.releases.findByParticipantIdOrderByIdAsc(participantId);
	}

	/** Releases in force that end within this long from today, the soonest first. */
	@Transactional(readOnly = true)
	public List<Release> expiringWithin(Period within) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		return this.releases.findByRevokedAtIsNullAndSupersededByIsNullAndExpiresOnBetweenOrderByExpiresOnAsc(today,
				today.plus(within));
	}

	/** Whether a release for this party is in force today, whatever its scopes. */
	@Transactional(readOnly = true)
	public boolean hasReleaseInForce(long participantId, ReleaseParty party) {
		return inForce(participantId, party).findAny().isPresent();
	}

	/** What the releases in force for this party let the program share today. */
	@Transactional(readOnly = true)
	public Set<DisclosureScope> scopesInForce(long participantId, ReleaseParty party) {
		Set<DisclosureScope> scopes = EnumSet.noneOf(DisclosureScope.class);
		inForce(participantId, party).forEach(release -> scopes.addAll(release.getScopes()));
		return scopes;
	}

	/**
	 * Whether asking for a renewal still makes sense: the release is in force and the
	 * participant is enrolled or in follow-up.
	 */
	@Transactional(readOnly = true)
	public boolean renewalWanted(long releaseId) {
		Release release = release(releaseId);
		ParticipantStatus status = this.participants.get(release.getParticipantId()).getStatus();
		return release.isInForceOn(today()) && (status.isEnrolled() || status == ParticipantStatus.DISCHARGED);
	}

	/** When the case manager is asked to renew the release: ahead of its expiry. */
	public Instant renewalDue(Release release) {
		return release.getExpiresOn().minus(this.settings.renewBefore()).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	/**
	 * The consent check: shares only under a release in force for this party that covers
	 * every scope. Shared or refused, the attempt is recorded and audited: a disclosure
	 * stands or falls with the caller's work, a refusal is recorded whatever becomes of
	 * it (the worker told "nothing was shared" sees the attempt in the log).
	 */
	@Transactional
	public DisclosureResult disclose(DisclosureRequest request, String attemptedBy) {
		Optional<Release> covering = covering(request);
		if (covering.isEmpty()) {
			return this.refusals.record(request, refusal(request), attemptedBy);
		}
		Release release = covering.get();
		String reason = "Shared under release " + release.getId() + " with " + release.getPartyName()
				+ ", in force until " + release.getExpiresOn();
		this.disclosures.save(new Disclosure(request, release, reason, attemptedBy, this.clock.instant()));
		this.auditLog.record(attemptedBy, AuditAction.DISCLOSURE_MADE, request.participantId(),
				request.party() + " " + request.scopes() + ": " + reason);
		return new DisclosureResult(true, release.getId(), reason);
	}

	/**
	 * Whether the check would let this through now, for a form to offer the choice; it
	 * shares nothing and records nothing. The disclosure itself goes through
	 * {@link #disclose}.
	 */
	@Transactional(readOnly = true)
	public boolean wouldAllow(DisclosureRequest request) {
		return covering(request).isPresent();
	}

	private Optional<Release> covering(DisclosureRequest request) {
		return inForce(request.participantId(), request.party()).filter(release -> release.covers(request.scopes()))
			.max(Comparator.comparing(Release::getExpiresOn));
	}

	@Transactional(readOnly = true)
	public List<Disclosure> disclosuresOf(long participantId) {
		return this.disclosures.findByParticipantIdOrderByAttemptedAtAsc(participantId);
	}

	/** What was shared with a party, newest first: probation reads what it was sent. */
	@Transactional(readOnly = true)
	public List<Disclosure> sharedWith(ReleaseParty party) {
		return this.disclosures.findByPartyAndAllowedTrueOrderByAttemptedAtDesc(party);
	}

	private String refusal(DisclosureRequest request) {
		boolean anyInForce = hasReleaseInForce(request.participantId(), request.party());
		if (!anyInForce) {
			return "Not shared: no release of information for " + request.party() + " is in force";
		}
		if (request.scopes().stream().anyMatch(DisclosureScope::isSubstanceUseInformation)) {
			return "Not shared: the release for " + request.party() + " does not cover " + request.scopes()
					+ " (substance-use information needs a release that names it, 42 CFR Part 2)";
		}
		return "Not shared: the release for " + request.party() + " does not cover " + request.scopes();
	}

	private Stream<Release> inForce(long participantId, ReleaseParty party) {
		return this.releases.findByParticipantIdAndParty(participantId, party)
			.stream()
			.filter(release -> release.isInForceOn(today()));
	}

	private Release inForce(long releaseId) {
		Release release = release(releaseId);
		if (!release.isInForceOn(today())) {
			throw new InvalidInputException("The release was not renewed",
					List.of("release " + releaseId + " is no longer in force (revoked, replaced or expired)"));
		}
		return release;
	}

	private Release announce(Release release) {
		this.events.publishEvent(new ReleaseRecorded(release.getId(), release.getParticipantId(), release.getParty(),
				release.getExpiresOn()));
		return release;
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

}
