package org.waypoint.capacity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One capacity decision with the figures it was taken on, so a supervisor can see why.
 */
@Entity
@Table(name = "capacity_decision")
public class CapacityDecision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "referral_id")
	private long referralId;

	private String priority;

	@Column(name = "active_case_managers")
	private int activeCaseManagers;

	@Column(name = "full_time_equivalents")
	private Double fullTimeEquivalents;

	@Column(name = "total_caseload")
	private int totalCaseload;

	@Column(name = "lowest_caseload")
	private Integer lowestCaseload;

	@Column(name = "expected_priority_referrals")
	private int expectedPriorityReferrals;

	@Column(name = "average_after_acceptance")
	private Double averageAfterAcceptance;

	@Column(name = "average_with_priority_reserve")
	private Double averageWithPriorityReserve;

	/** Empty for decisions taken before it was kept. */
	@Column(name = "room_under_own_limits")
	private Boolean roomUnderOwnLimits;

	private String decision;

	@Column(name = "over_average")
	private boolean overAverage;

	private String reason;

	@Column(name = "decision_definition_id")
	private String decisionDefinitionId;

	@Column(name = "decision_version")
	private int decisionVersion;

	@Column(name = "assigned_case_manager")
	private String assignedCaseManager;

	@Column(name = "decided_at")
	private Instant decidedAt;

	protected CapacityDecision() {
	}

	CapacityDecision(long referralId, String priority, CaseloadPicture picture, AdmissionRuling ruling,
			String assignedCaseManager, Instant decidedAt) {
		this.referralId = referralId;
		this.priority = priority;
		this.activeCaseManagers = picture.activeCaseManagers();
		this.fullTimeEquivalents = picture.fullTimeEquivalents();
		this.totalCaseload = picture.totalCaseload();
		this.lowestCaseload = picture.lowestCaseload();
		this.expectedPriorityReferrals = picture.expectedPriorityReferrals();
		this.averageAfterAcceptance = picture.averageAfterAcceptance();
		this.averageWithPriorityReserve = picture.averageWithPriorityReserve();
		this.roomUnderOwnLimits = picture.roomUnderOwnLimits();
		this.decision = ruling.decision();
		this.overAverage = ruling.overAverage();
		this.reason = ruling.reason();
		this.decisionDefinitionId = ruling.decisionDefinitionId();
		this.decisionVersion = ruling.decisionVersion();
		this.assignedCaseManager = assignedCaseManager;
		this.decidedAt = decidedAt;
	}

	/**
	 * The caseload as this decision saw it, for replaying it under another policy. The
	 * case managers' own limits are not kept one by one (a reason that lists them reads
	 * "as decided"); a decision older than the room flag had room when someone took
	 * referrals.
	 */
	public CaseloadPicture picture() {
		boolean room = (this.roomUnderOwnLimits != null) ? this.roomUnderOwnLimits : this.lowestCaseload != null;
		return new CaseloadPicture(this.activeCaseManagers,
				(this.fullTimeEquivalents != null) ? this.fullTimeEquivalents : this.activeCaseManagers,
				this.totalCaseload, this.lowestCaseload, this.expectedPriorityReferrals, room, "as decided");
	}

	public Long getId() {
		return this.id;
	}

	public long getReferralId() {
		return this.referralId;
	}

	public String getPriority() {
		return this.priority;
	}

	public int getActiveCaseManagers() {
		return this.activeCaseManagers;
	}

	public int getTotalCaseload() {
		return this.totalCaseload;
	}

	public Integer getLowestCaseload() {
		return this.lowestCaseload;
	}

	public int getExpectedPriorityReferrals() {
		return this.expectedPriorityReferrals;
	}

	public Double getAverageAfterAcceptance() {
		return this.averageAfterAcceptance;
	}

	public Double getAverageWithPriorityReserve() {
		return this.averageWithPriorityReserve;
	}

	public boolean isAccepted() {
		return AdmissionRuling.ACCEPT.equals(this.decision);
	}

	public boolean isOverAverage() {
		return this.overAverage;
	}

	public String getReason() {
		return this.reason;
	}

	public String getDecisionDefinitionId() {
		return this.decisionDefinitionId;
	}

	public int getDecisionVersion() {
		return this.decisionVersion;
	}

	public String getAssignedCaseManager() {
		return this.assignedCaseManager;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

}
