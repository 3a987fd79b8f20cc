package org.waypoint.engagement;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What the case manager recorded at intake. */
@Entity
@Table(name = "intake_record")
public class IntakeRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "participant_id")
	private long participantId;

	@Column(name = "enrollment_id")
	private long enrollmentId;

	@Column(name = "preferred_name")
	private String preferredName;

	private String pronouns;

	private String phone;

	@Column(name = "contact_hints")
	private String contactHints;

	@Enumerated(EnumType.STRING)
	@Column(name = "housing_situation")
	private HousingSituation housingSituation;

	@Column(name = "immediate_needs")
	private String immediateNeeds;

	@Column(name = "participant_goals")
	private String participantGoals;

	@Column(name = "completed_by")
	private String completedBy;

	@Column(name = "completed_at")
	private Instant completedAt;

	protected IntakeRecord() {
	}

	IntakeRecord(long participantId, long enrollmentId, IntakeAnswers answers, String completedBy,
			Instant completedAt) {
		this.participantId = participantId;
		this.enrollmentId = enrollmentId;
		this.preferredName = answers.preferredName();
		this.pronouns = answers.pronouns();
		this.phone = answers.phone();
		this.contactHints = answers.contactHints();
		this.housingSituation = answers.housingSituation();
		this.immediateNeeds = answers.immediateNeeds();
		this.participantGoals = answers.participantGoals().strip();
		this.completedBy = completedBy;
		this.completedAt = completedAt;
	}

	public long getParticipantId() {
		return this.participantId;
	}

	public String getPreferredName() {
		return this.preferredName;
	}

	public String getContactHints() {
		return this.contactHints;
	}

	public HousingSituation getHousingSituation() {
		return this.housingSituation;
	}

	public String getImmediateNeeds() {
		return this.immediateNeeds;
	}

	public String getParticipantGoals() {
		return this.participantGoals;
	}

	public String getCompletedBy() {
		return this.completedBy;
	}

	public Instant getCompletedAt() {
		return this.completedAt;
	}

}
