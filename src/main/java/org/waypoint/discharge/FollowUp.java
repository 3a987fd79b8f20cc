package org.waypoint.discharge;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The 90 days after a discharge (source 003): check-ins, and how they ended. */
@Entity
@Table(name = "follow_up")
public class FollowUp {

	/** How follow-up ended. */
	public enum Outcome {

		/** All check-ins made (reached or not): the record closes. */
		COMPLETED,

		/** A crisis brought the participant back into the program. */
		RETURNED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "participant_id")
	private long participantId;

	@Column(name = "discharged_at")
	private Instant dischargedAt;

	@Column(name = "follow_up_worker")
	private String followUpWorker;

	@Enumerated(EnumType.STRING)
	private Outcome outcome;

	@Column(name = "closed_at")
	private Instant closedAt;

	protected FollowUp() {
	}

	FollowUp(long participantId, Instant dischargedAt, String followUpWorker) {
		this.participantId = participantId;
		this.dischargedAt = dischargedAt;
		this.followUpWorker = followUpWorker;
	}

	void close(Outcome outcome, Instant when) {
		this.outcome = outcome;
		this.closedAt = when;
	}

	public Long getId() {
		return this.id;
	}

	public long getParticipantId() {
		return this.participantId;
	}

	public Instant getDischargedAt() {
		return this.dischargedAt;
	}

	public String getFollowUpWorker() {
		return this.followUpWorker;
	}

	public Outcome getOutcome() {
		return this.outcome;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

}
