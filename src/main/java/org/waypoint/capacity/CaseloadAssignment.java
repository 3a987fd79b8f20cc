package org.waypoint.capacity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One participant on one case manager's caseload, from assignment until the slot is
 * released.
 */
@Entity
@Table(name = "caseload_assignment")
public class CaseloadAssignment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_manager_id")
	private String caseManagerId;

	@Column(name = "participant_ref")
	private String participantRef;

	@Column(name = "assigned_at")
	private Instant assignedAt;

	@Column(name = "released_at")
	private Instant releasedAt;

	protected CaseloadAssignment() {
	}

	CaseloadAssignment(String caseManagerId, String participantRef, Instant assignedAt) {
		this.caseManagerId = caseManagerId;
		this.participantRef = participantRef;
		this.assignedAt = assignedAt;
	}

	void release(Instant when) {
		this.releasedAt = when;
	}

	public Long getId() {
		return this.id;
	}

	public String getCaseManagerId() {
		return this.caseManagerId;
	}

	public String getParticipantRef() {
		return this.participantRef;
	}

	public Instant getAssignedAt() {
		return this.assignedAt;
	}

	public Instant getReleasedAt() {
		return this.releasedAt;
	}

}
