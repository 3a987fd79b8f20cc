package org.waypoint.consent;

import java.time.Instant;
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
 * What the program shared (or was refused to share), with whom, when, on which release.
 */
@Entity
@Table(name = "disclosure")
public class Disclosure {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "participant_id")
	private long participantId;

	@Enumerated(EnumType.STRING)
	private ReleaseParty party;

	@Convert(converter = ScopesConverter.class)
	private Set<DisclosureScope> scopes;

	private String purpose;

	private String content;

	private boolean allowed;

	@Column(name = "release_id")
	private Long releaseId;

	private String reason;

	@Column(name = "attempted_by")
	private String attemptedBy;

	@Column(name = "attempted_at")
	private Instant attemptedAt;

	protected Disclosure() {
	}

	Disclosure(DisclosureRequest request, Release release, String reason, String attemptedBy, Instant attemptedAt) {
		this.participantId = request.participantId();
		this.party = request.party();
		this.scopes = request.scopes();
		this.purpose = request.purpose();
		this.allowed = release != null;
		// what was not shared is not kept either
		this.content = this.allowed ? request.content() : null;
		this.releaseId = (release != null) ? release.getId() : null;
		this.reason = reason;
		this.attemptedBy = attemptedBy;
		this.attemptedAt = attemptedAt;
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

	public Set<DisclosureScope> getScopes() {
		return this.scopes;
	}

	public String getPurpose() {
		return this.purpose;
	}

	public String getContent() {
		return this.content;
	}

	public boolean isAllowed() {
		return this.allowed;
	}

	public Long getReleaseId() {
		return this.releaseId;
	}

	public String getReason() {
		return this.reason;
	}

	public String getAttemptedBy() {
		return this.attemptedBy;
	}

	public Instant getAttemptedAt() {
		return this.attemptedAt;
	}

}
