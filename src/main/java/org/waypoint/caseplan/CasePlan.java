package org.waypoint.caseplan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** One version of a participant's case plan. */
@Entity
@Table(name = "case_plan")
public class CasePlan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "participant_id")
	private long participantId;

	private int version;

	@Enumerated(EnumType.STRING)
	private PlanStatus status;

	@Column(name = "drafted_by")
	private String draftedBy;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "reviewed_by")
	private String reviewedBy;

	@Column(name = "reviewed_at")
	private Instant reviewedAt;

	@Column(name = "review_comment")
	private String reviewComment;

	@OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER, orphanRemoval = true)
	@JoinColumn(name = "plan_id", nullable = false)
	@OrderBy("position")
	private List<CasePlanGoal> goals = new ArrayList<>();

	protected CasePlan() {
	}

	CasePlan(long participantId, int version, List<NewGoal> goals, String draftedBy, Instant submittedAt) {
		this.participantId = participantId;
		this.version = version;
		this.status = PlanStatus.SUBMITTED;
		this.draftedBy = draftedBy;
		this.submittedAt = submittedAt;
		for (NewGoal goal : goals) {
			this.goals.add(new CasePlanGoal(this.goals.size() + 1, goal));
		}
	}

	void review(PlanStatus outcome, String reviewer, String comment, Instant when) {
		if (this.status != PlanStatus.SUBMITTED) {
			throw new IllegalStateException("Case plan " + this.id + " is " + this.status + ", not waiting for review");
		}
		this.status = outcome;
		this.reviewedBy = reviewer;
		this.reviewComment = comment;
		this.reviewedAt = when;
	}

	void supersede() {
		this.status = PlanStatus.SUPERSEDED;
	}

	public boolean allGoalsDone() {
		return this.goals.stream().allMatch(goal -> goal.getStatus() != GoalStatus.OPEN);
	}

	public Long getId() {
		return this.id;
	}

	public long getParticipantId() {
		return this.participantId;
	}

	public int getVersion() {
		return this.version;
	}

	public PlanStatus getStatus() {
		return this.status;
	}

	public String getDraftedBy() {
		return this.draftedBy;
	}

	public String getReviewedBy() {
		return this.reviewedBy;
	}

	public String getReviewComment() {
		return this.reviewComment;
	}

	public List<CasePlanGoal> getGoals() {
		return List.copyOf(this.goals);
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public Instant getReviewedAt() {
		return this.reviewedAt;
	}

}
