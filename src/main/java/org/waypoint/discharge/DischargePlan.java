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
import org.waypoint.participant.EnrollmentEnd;

/**
 * The plan for leaving the program: why, and what the participant keeps (documents,
 * benefits, appointments). The less intensive services are its warm handoffs.
 */
@Entity
@Table(name = "discharge_plan")
public class DischargePlan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "participant_id")
	private long participantId;

	@Enumerated(EnumType.STRING)
	private EnrollmentEnd reason;

	private String keeps;

	@Column(name = "planned_by")
	private String plannedBy;

	@Column(name = "planned_at")
	private Instant plannedAt;

	protected DischargePlan() {
	}

	DischargePlan(long participantId, EnrollmentEnd reason, String keeps, String plannedBy, Instant plannedAt) {
		this.participantId = participantId;
		this.reason = reason;
		this.keeps = keeps;
		this.plannedBy = plannedBy;
		this.plannedAt = plannedAt;
	}

	public Long getId() {
		return this.id;
	}

	public long getParticipantId() {
		return this.participantId;
	}

	public EnrollmentEnd getReason() {
		return this.reason;
	}

	public String getKeeps() {
		return this.keeps;
	}

	public String getPlannedBy() {
		return this.plannedBy;
	}

	public Instant getPlannedAt() {
		return this.plannedAt;
	}

}
