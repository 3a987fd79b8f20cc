package org.waypoint.crisis;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One crisis or relapse: reported, responded to, resolved. */
@Entity
@Table(name = "crisis")
public class Crisis {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "participant_id")
	private long participantId;

	@Enumerated(EnumType.STRING)
	private CrisisKind kind;

	private String description;

	@Column(name = "reported_by")
	private String reportedBy;

	@Column(name = "reported_at")
	private Instant reportedAt;

	@Column(name = "escalated_at")
	private Instant escalatedAt;

	@Column(name = "responded_by")
	private String respondedBy;

	@Column(name = "responded_at")
	private Instant respondedAt;

	private String response;

	@Column(name = "treatment_response")
	private String treatmentResponse;

	@Column(name = "supervision_involved")
	private Boolean supervisionInvolved;

	@Column(name = "resolved_at")
	private Instant resolvedAt;

	protected Crisis() {
	}

	Crisis(long participantId, CrisisKind kind, String description, String reportedBy, Instant reportedAt) {
		this.participantId = participantId;
		this.kind = kind;
		this.description = description;
		this.reportedBy = reportedBy;
		this.reportedAt = reportedAt;
	}

	void escalate(Instant when) {
		this.escalatedAt = when;
	}

	void respond(CrisisResponse response, String by, Instant when) {
		this.response = join(this.response, response.whatWasDone());
		this.treatmentResponse = join(this.treatmentResponse, response.treatmentResponse());
		this.supervisionInvolved = Boolean.TRUE.equals(this.supervisionInvolved) || response.supervisionInvolved();
		if (this.respondedAt == null) {
			this.respondedBy = by;
			this.respondedAt = when;
		}
		if (response.resolved()) {
			this.resolvedAt = when;
		}
	}

	private static String join(String earlier, String more) {
		if (more == null || more.isBlank()) {
			return earlier;
		}
		return (earlier == null) ? more.strip() : earlier + "\n" + more.strip();
	}

	public boolean isOpen() {
		return this.resolvedAt == null;
	}

	public Long getId() {
		return this.id;
	}

	public long getParticipantId() {
		return this.participantId;
	}

	public CrisisKind getKind() {
		return this.kind;
	}

	public String getDescription() {
		return this.description;
	}

	public String getReportedBy() {
		return this.reportedBy;
	}

	public Instant getReportedAt() {
		return this.reportedAt;
	}

	public Instant getEscalatedAt() {
		return this.escalatedAt;
	}

	public String getRespondedBy() {
		return this.respondedBy;
	}

	public Instant getRespondedAt() {
		return this.respondedAt;
	}

	public String getResponse() {
		return this.response;
	}

	public String getTreatmentResponse() {
		return this.treatmentResponse;
	}

	public Boolean getSupervisionInvolved() {
		return this.supervisionInvolved;
	}

	public Instant getResolvedAt() {
		return this.resolvedAt;
	}

}
