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
 * released: taken by an accepted referral at its capacity decision, held by the
 * enrollment that follows in the same transaction.
 */
@Entity
@Table(name = "caseload_assignment")
public class CaseloadAssignment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_manager_id")
	private String caseManagerId;

	@Column(name = "referral_id")
	private long referralId;

	@Column(name = "enrollment_id")
	private Long enrollmentId;

	@Column(name = "assigned_at")
	private Instant assignedAt;

	@Column(name = "released_at")
	private Instant releasedAt;

	protected CaseloadAssignment() {
	}

	CaseloadAssignment(String caseManagerId, long referralId, Long enrollmentId, Instant assignedAt) {
		this.caseManagerId = caseManagerId;
		this.referralId = referralId;
		this.enrollmentId = enrollmentId;
		this.assignedAt = assignedAt;
	}

	/** The same participant on another caseload (a move, or a return), from now on. */
	CaseloadAssignment on(String caseManager, Instant when) {
		return new CaseloadAssignment(caseManager, this.referralId, this.enrollmentId, when);
	}

	void holdFor(long enrollmentId) {
		this.enrollmentId = enrollmentId;
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

	public long getReferralId() {
		return this.referralId;
	}

	/** Empty until the accepted referral's participant is enrolled. */
	public Long getEnrollmentId() {
		return this.enrollmentId;
	}

	public Instant getAssignedAt() {
		return this.assignedAt;
	}

	public Instant getReleasedAt() {
		return this.releasedAt;
	}

}
