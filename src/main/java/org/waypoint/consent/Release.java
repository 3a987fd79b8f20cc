package org.waypoint.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One release of information: one party, what may be shared with it, why, from when and
 * until when, signed by the participant.
 */
@Entity
@Table(name = "release_of_information")
public class Release {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "participant_id")
	private long participantId;

	@Enumerated(EnumType.STRING)
	private ReleaseParty party;

	@Column(name = "party_name")
	private String partyName;

	@Convert(converter = ScopesConverter.class)
	private Set<DisclosureScope> scopes;

	private String purpose;

	@Column(name = "effective_from")
	private LocalDate effectiveFrom;

	@Column(name = "expires_on")
	private LocalDate expiresOn;

	@Column(name = "signed_on")
	private LocalDate signedOn;

	private boolean explained;

	@Column(name = "recorded_by")
	private String recordedBy;

	@Column(name = "recorded_at")
	private Instant recordedAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	@Column(name = "revoked_by")
	private String revokedBy;

	@Column(name = "superseded_by")
	private Long supersededBy;

	protected Release() {
	}

	Release(NewRelease release, LocalDate effectiveFrom, LocalDate expiresOn, String recordedBy, Instant recordedAt) {
		this.participantId = release.participantId();
		this.party = release.party();
		this.partyName = release.partyName().strip();
		this.scopes = EnumSet.copyOf(release.scopes());
		this.purpose = release.purpose().strip();
		this.effectiveFrom = effectiveFrom;
		this.expiresOn = expiresOn;
		this.signedOn = release.signedOn();
		this.explained = release.explained();
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	/** The participant signs the same release again: a new one takes this one's place. */
	Release renewal(LocalDate signedOn, LocalDate expiresOn, String recordedBy, Instant recordedAt) {
		return new Release(new NewRelease(this.participantId, this.party, this.partyName, this.scopes, this.purpose,
				signedOn, signedOn, expiresOn, true), signedOn, expiresOn, recordedBy, recordedAt);
	}

	void revoke(String by, Instant when) {
		this.revokedAt = when;
		this.revokedBy = by;
	}

	void supersede(long by) {
		this.supersededBy = by;
	}

	/**
	 * Whether the release itself tells of substance-use treatment (42 CFR Part 2): made
	 * out to a substance-use provider, or naming substance-use information.
	 */
	public boolean revealsSubstanceUse() {
		return this.party.isSubstanceUseInformation()
				|| this.scopes.stream().anyMatch(DisclosureScope::isSubstanceUseInformation);
	}

	/** Whether sharing may rest on this release on that day. */
	public boolean isInForceOn(LocalDate day) {
		return this.revokedAt == null && this.supersededBy == null && !day.isBefore(this.effectiveFrom)
				&& !day.isAfter(this.expiresOn);
	}

	/**
	 * Whether it lets the program share these scopes; substance-use information only when
	 * the release names SUBSTANCE_USE itself (42 CFR Part 2).
	 */
	public boolean covers(Set<DisclosureScope> wanted) {
		boolean substanceUse = wanted.stream().anyMatch(DisclosureScope::isSubstanceUseInformation);
		return this.scopes.containsAll(wanted)
				&& (!substanceUse || this.scopes.contains(DisclosureScope.SUBSTANCE_USE));
	}

	public Long getId() {
		return this.id;
	}

	public long getParticipantId() {
		return this.participantId;
	}

	public ReleaseParty getParty() {
		return this.party;
	}

	public String getPartyName() {
		return this.partyName;
	}

	public Set<DisclosureScope> getScopes() {
		return EnumSet.copyOf(this.scopes);
	}

	public String getPurpose() {
		return this.purpose;
	}

	public LocalDate getEffectiveFrom() {
		return this.effectiveFrom;
	}

	public LocalDate getExpiresOn() {
		return this.expiresOn;
	}

	public LocalDate getSignedOn() {
		return this.signedOn;
	}

	public boolean isExplained() {
		return this.explained;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

	public Instant getRevokedAt() {
		return this.revokedAt;
	}

	public Long getSupersededBy() {
		return this.supersededBy;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

}
