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
import org.waypoint.handoff.HandoffTerms.ConfirmedWith;

/** One attempt at a follow-up check-in. */
@Entity
@Table(name = "check_in")
public class CheckIn {

	/** Whether the participant is engaged with the new provider. */
	public enum ProviderEngagement {

		YES, NO, UNKNOWN

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "follow_up_id")
	private long followUpId;

	// DAY is a reserved word in H2
	@Column(name = "check_in_day")
	private int day;

	private int attempt;

	private boolean reached;

	@Enumerated(EnumType.STRING)
	@Column(name = "provider_engaged")
	private ProviderEngagement providerEngaged;

	@Enumerated(EnumType.STRING)
	@Column(name = "confirmed_with")
	private ConfirmedWith confirmedWith;

	private boolean crisis;

	private String note;

	@Column(name = "recorded_by")
	private String recordedBy;

	@Column(name = "recorded_at")
	private Instant recordedAt;

	protected CheckIn() {
	}

	CheckIn(long followUpId, int day, int attempt, CheckInReport report, String recordedBy, Instant recordedAt) {
		this.followUpId = followUpId;
		this.day = day;
		this.attempt = attempt;
		this.reached = report.reached();
		this.providerEngaged = report.providerEngaged();
		this.confirmedWith = report.confirmedWith();
		this.crisis = report.crisis();
		this.note = report.note();
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public long getFollowUpId() {
		return this.followUpId;
	}

	public int getDay() {
		return this.day;
	}

	public int getAttempt() {
		return this.attempt;
	}

	public boolean isReached() {
		return this.reached;
	}

	public ProviderEngagement getProviderEngaged() {
		return this.providerEngaged;
	}

	public ConfirmedWith getConfirmedWith() {
		return this.confirmedWith;
	}

	public boolean isCrisis() {
		return this.crisis;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

}
