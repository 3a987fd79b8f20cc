package org.waypoint.engagement;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Someone saw the participant: an officer on patrol, a partner, a colleague. */
@Entity
@Table(name = "sighting")
public class Sighting {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "participant_id")
	private long participantId;

	@Column(name = "seen_at")
	private Instant seenAt;

	private String place;

	private String note;

	@Column(name = "reported_by")
	private String reportedBy;

	@Column(name = "reported_at")
	private Instant reportedAt;

	protected Sighting() {
	}

	Sighting(long participantId, NewSighting sighting, String reportedBy, Instant reportedAt) {
		this.participantId = participantId;
		this.seenAt = sighting.seenAt();
		this.place = sighting.place().strip();
		this.note = sighting.note();
		this.reportedBy = reportedBy;
		this.reportedAt = reportedAt;
	}

	public Long getId() {
		return this.id;
	}

	public long getParticipantId() {
		return this.participantId;
	}

	public Instant getSeenAt() {
		return this.seenAt;
	}

	public String getPlace() {
		return this.place;
	}

	public String getNote() {
		return this.note;
	}

	public String getReportedBy() {
		return this.reportedBy;
	}

}
