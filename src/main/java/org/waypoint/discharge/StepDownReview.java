package org.waypoint.discharge;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A supervisor's decision on a proposed step-down. */
@Entity
@Table(name = "step_down_review")
public class StepDownReview {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "participant_id")
	private long participantId;

	@Column(name = "proposed_by")
	private String proposedBy;

	@Column(name = "proposed_at")
	private Instant proposedAt;

	private boolean approved;

	@Column(name = "review_comment")
	private String reviewComment;

	@Column(name = "reviewed_by")
	private String reviewedBy;

	@Column(name = "reviewed_at")
	private Instant reviewedAt;

	protected StepDownReview() {
	}

	StepDownReview(long participantId, String proposedBy, Instant proposedAt, boolean approved, String comment,
			String reviewedBy, Instant reviewedAt) {
		this.participantId = participantId;
		this.proposedBy = proposedBy;
		this.proposedAt = proposedAt;
		this.approved = approved;
		this.reviewComment = comment;
		this.reviewedBy = reviewedBy;
		this.reviewedAt = reviewedAt;
	}

	public long getParticipantId() {
		return this.participantId;
	}

	public boolean isApproved() {
		return this.approved;
	}

	public String getReviewComment() {
		return this.reviewComment;
	}

	public String getReviewedBy() {
		return this.reviewedBy;
	}

	public String getProposedBy() {
		return this.proposedBy;
	}

	/** When the step-down was raised. */
	public Instant getProposedAt() {
		return this.proposedAt;
	}

	/** When the supervisor decided. */
	public Instant getReviewedAt() {
		return this.reviewedAt;
	}

}
