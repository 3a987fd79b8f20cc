package org.waypoint.handoff;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.waypoint.handoff.HandoffTerms.Accompanier;
import org.waypoint.handoff.HandoffTerms.Transport;

/** One appointment of a handoff: scheduled, then how the accompanied visit went. */
@Entity
@Table(name = "handoff_appointment")
public class HandoffAppointment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "handoff_id")
	private long handoffId;

	@Column(name = "scheduled_for")
	private Instant scheduledFor;

	private String place;

	@Enumerated(EnumType.STRING)
	private Accompanier accompanier;

	@Column(name = "scheduled_by")
	private String scheduledBy;

	@Column(name = "who_went")
	private String whoWent;

	@Enumerated(EnumType.STRING)
	private Transport transport;

	private Boolean seen;

	@Column(name = "participant_missing")
	private Boolean participantMissing;

	@Column(name = "visit_note")
	private String visitNote;

	@Column(name = "recorded_by")
	private String recordedBy;

	@Column(name = "recorded_at")
	private Instant recordedAt;

	protected HandoffAppointment() {
	}

	HandoffAppointment(long handoffId, NewAppointment appointment, String scheduledBy) {
		this.handoffId = handoffId;
		this.scheduledFor = appointment.scheduledFor();
		this.place = appointment.place().strip();
		this.accompanier = appointment.accompanier();
		this.scheduledBy = scheduledBy;
	}

	void record(VisitReport visit, String by, Instant when) {
		this.whoWent = visit.whoWent();
		this.transport = visit.transport();
		this.seen = visit.seen();
		this.participantMissing = !visit.seen() && visit.participantMissing();
		this.visitNote = visit.note();
		this.recordedBy = by;
		this.recordedAt = when;
	}

	public Long getId() {
		return this.id;
	}

	public long getHandoffId() {
		return this.handoffId;
	}

	public Instant getScheduledFor() {
		return this.scheduledFor;
	}

	public String getPlace() {
		return this.place;
	}

	public Accompanier getAccompanier() {
		return this.accompanier;
	}

	public String getWhoWent() {
		return this.whoWent;
	}

	public Transport getTransport() {
		return this.transport;
	}

	public Boolean getSeen() {
		return this.seen;
	}

	public Boolean getParticipantMissing() {
		return this.participantMissing;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

}
