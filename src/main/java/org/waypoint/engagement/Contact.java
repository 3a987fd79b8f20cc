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

/** One contact about a participant: who, when, where, with them or not, and a note. */
@Entity
@Table(name = "contact")
public class Contact {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "participant_id")
	private long participantId;

	@Column(name = "staff_user_id")
	private String staffUserId;

	@Column(name = "occurred_at")
	private Instant occurredAt;

	@Enumerated(EnumType.STRING)
	private ContactPlace place;

	@Column(name = "with_participant")
	private boolean withParticipant;

	private String note;

	@Column(name = "recorded_by")
	private String recordedBy;

	@Column(name = "recorded_at")
	private Instant recordedAt;

	protected Contact() {
	}

	Contact(NewContact contact, String recordedBy, Instant recordedAt) {
		this.participantId = contact.participantId();
		this.staffUserId = (contact.staffUserId() != null) ? contact.staffUserId() : recordedBy;
		this.occurredAt = contact.occurredAt();
		this.place = contact.place();
		this.withParticipant = contact.withParticipant();
		this.note = contact.note();
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public Long getId() {
		return this.id;
	}

	public long getParticipantId() {
		return this.participantId;
	}

	public String getStaffUserId() {
		return this.staffUserId;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public ContactPlace getPlace() {
		return this.place;
	}

	public boolean isWithParticipant() {
		return this.withParticipant;
	}

	public String getNote() {
		return this.note;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

}
