package org.waypoint.participant;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One accepted referral's stay in the program, from acceptance to its end. */
@Entity
@Table(name = "enrollment")
public class Enrollment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "participant_id")
	private long participantId;

	@Column(name = "referral_id")
	private long referralId;

	@Column(name = "case_number")
	private String caseNumber;

	private String door;

	@Column(name = "enrolled_at")
	private Instant enrolledAt;

	@Column(name = "intake_completed_at")
	private Instant intakeCompletedAt;

	/** A supervisor's new intake deadline, when the door's window was extended. */
	@Column(name = "intake_extended_until")
	private Instant intakeExtendedUntil;

	@Column(name = "ended_at")
	private Instant endedAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "end_reason")
	private EnrollmentEnd endReason;

	protected Enrollment() {
	}

	Enrollment(long participantId, long referralId, String caseNumber, String door, Instant enrolledAt) {
		this.participantId = participantId;
		this.referralId = referralId;
		this.caseNumber = caseNumber;
		this.door = door;
		this.enrolledAt = enrolledAt;
	}

	void extendIntakeUntil(Instant until) {
		this.intakeExtendedUntil = until;
	}

	void completeIntake(Instant when) {
		this.intakeCompletedAt = when;
	}

	void end(EnrollmentEnd reason, Instant when) {
		if (this.endedAt != null) {
			throw new IllegalStateException(this.caseNumber + " already ended: " + this.endReason);
		}
		this.endReason = reason;
		this.endedAt = when;
	}

	public boolean isOpen() {
		return this.endedAt == null;
	}

	public Long getId() {
		return this.id;
	}

	public long getParticipantId() {
		return this.participantId;
	}

	public long getReferralId() {
		return this.referralId;
	}

	public String getCaseNumber() {
		return this.caseNumber;
	}

	public String getDoor() {
		return this.door;
	}

	public Instant getEnrolledAt() {
		return this.enrolledAt;
	}

	public Instant getIntakeExtendedUntil() {
		return this.intakeExtendedUntil;
	}

	public Instant getIntakeCompletedAt() {
		return this.intakeCompletedAt;
	}

	public Instant getEndedAt() {
		return this.endedAt;
	}

	public EnrollmentEnd getEndReason() {
		return this.endReason;
	}

}
