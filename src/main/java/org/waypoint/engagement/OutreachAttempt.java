package org.waypoint.engagement;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One attempt to locate a person: when, where, who saw them, and whether they were found.
 */
@Entity
@Table(name = "outreach_attempt")
public class OutreachAttempt {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "episode_id")
	private long episodeId;

	@Column(name = "participant_id")
	private long participantId;

	@Column(name = "attempt_number")
	private int attemptNumber;

	@Column(name = "attempted_by")
	private String attemptedBy;

	@Column(name = "attempted_at")
	private Instant attemptedAt;

	@Column(name = "places_searched")
	private String placesSearched;

	@Column(name = "last_seen")
	private String lastSeen;

	@Column(name = "who_saw")
	private String whoSaw;

	private boolean located;

	private String note;

	protected OutreachAttempt() {
	}

	OutreachAttempt(OutreachEpisode episode, int attemptNumber, NewAttempt attempt, String attemptedBy,
			Instant attemptedAt) {
		this.episodeId = episode.getId();
		this.participantId = episode.getParticipantId();
		this.attemptNumber = attemptNumber;
		this.attemptedBy = attemptedBy;
		this.attemptedAt = attemptedAt;
		this.placesSearched = attempt.placesSearched().strip();
		this.lastSeen = attempt.lastSeen();
		this.whoSaw = attempt.whoSaw();
		this.located = attempt.located();
		this.note = attempt.note();
	}

	public long getEpisodeId() {
		return this.episodeId;
	}

	public int getAttemptNumber() {
		return this.attemptNumber;
	}

	public String getAttemptedBy() {
		return this.attemptedBy;
	}

	public Instant getAttemptedAt() {
		return this.attemptedAt;
	}

	public String getPlacesSearched() {
		return this.placesSearched;
	}

	public String getLastSeen() {
		return this.lastSeen;
	}

	public String getWhoSaw() {
		return this.whoSaw;
	}

	public boolean isLocated() {
		return this.located;
	}

	public String getNote() {
		return this.note;
	}

}
