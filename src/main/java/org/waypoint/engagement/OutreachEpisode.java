package org.waypoint.engagement;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One search for a person, from its start until they are found or it is stopped. */
@Entity
@Table(name = "outreach_episode")
public class OutreachEpisode {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "participant_id")
	private long participantId;

	@Enumerated(EnumType.STRING)
	private OutreachReason reason;

	@Enumerated(EnumType.STRING)
	private Seekers seekers;

	private String strategy;

	@Column(name = "opened_at")
	private Instant openedAt;

	@Column(name = "reviewed_at")
	private Instant reviewedAt;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Enumerated(EnumType.STRING)
	private OutreachOutcome outcome;

	protected OutreachEpisode() {
	}

	OutreachEpisode(long participantId, OutreachReason reason, Instant openedAt) {
		this.participantId = participantId;
		this.reason = reason;
		this.seekers = Seekers.OUTREACH_STAFF;
		this.openedAt = openedAt;
	}

	void review(Seekers seekers, String strategy, Instant when) {
		this.seekers = seekers;
		if (strategy != null) {
			this.strategy = strategy;
		}
		this.reviewedAt = when;
	}

	void close(OutreachOutcome outcome, Instant when) {
		this.outcome = outcome;
		this.closedAt = when;
	}

	public boolean isOpen() {
		return this.closedAt == null;
	}

	public Long getId() {
		return this.id;
	}

	public long getParticipantId() {
		return this.participantId;
	}

	public OutreachReason getReason() {
		return this.reason;
	}

	public Seekers getSeekers() {
		return this.seekers;
	}

	public String getStrategy() {
		return this.strategy;
	}

	public Instant getOpenedAt() {
		return this.openedAt;
	}

	/** The last supervisor review, or null before the first. */
	public Instant getReviewedAt() {
		return this.reviewedAt;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

	public OutreachOutcome getOutcome() {
		return this.outcome;
	}

}
