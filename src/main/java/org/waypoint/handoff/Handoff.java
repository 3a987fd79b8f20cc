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
import org.waypoint.handoff.HandoffTerms.ConfirmedWith;
import org.waypoint.handoff.HandoffTerms.Origin;
import org.waypoint.handoff.HandoffTerms.Outcome;

/** One warm handoff of a participant to a provider, from request to outcome. */
@Entity
@Table(name = "handoff")
public class Handoff {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "participant_id")
	private long participantId;

	@Enumerated(EnumType.STRING)
	@Column(name = "service_type")
	private ServiceType serviceType;

	@Enumerated(EnumType.STRING)
	private Origin origin;

	@Column(name = "plan_id")
	private Long planId;

	/** The column's length (V6 migration). */
	public static final int PROVIDER_NAME_LENGTH = 200;

	@Column(name = "provider_name", length = PROVIDER_NAME_LENGTH)
	private String providerName;

	@Column(name = "provider_contact")
	private String providerContact;

	@Column(name = "requested_by")
	private String requestedBy;

	@Column(name = "requested_at")
	private Instant requestedAt;

	private int appointments;

	@Enumerated(EnumType.STRING)
	private Outcome outcome;

	@Enumerated(EnumType.STRING)
	@Column(name = "confirmed_with")
	private ConfirmedWith confirmedWith;

	@Column(name = "outcome_note")
	private String outcomeNote;

	@Column(name = "closed_by")
	private String closedBy;

	@Column(name = "closed_at")
	private Instant closedAt;

	protected Handoff() {
	}

	Handoff(long participantId, ServiceType serviceType, Origin origin, Long planId, String providerName,
			String requestedBy, Instant requestedAt) {
		this.participantId = participantId;
		this.serviceType = serviceType;
		this.origin = origin;
		this.planId = planId;
		this.providerName = providerName;
		this.requestedBy = requestedBy;
		this.requestedAt = requestedAt;
	}

	void schedule(String providerName, String providerContact) {
		requireOpen();
		this.providerName = providerName;
		this.providerContact = providerContact;
		this.appointments++;
	}

	void close(Outcome outcome, ConfirmedWith confirmedWith, String note, String by, Instant when) {
		requireOpen();
		this.outcome = outcome;
		this.confirmedWith = confirmedWith;
		this.outcomeNote = note;
		this.closedBy = by;
		this.closedAt = when;
	}

	private void requireOpen() {
		if (this.closedAt != null) {
			throw new IllegalStateException("Handoff " + this.id + " is already closed: " + this.outcome);
		}
	}

	public boolean isOpen() {
		return this.closedAt == null;
	}

	public Long getId() {
		return this.id;
	}

	public long getParticipantId() {
		return this.participantId;
	}

	public ServiceType getServiceType() {
		return this.serviceType;
	}

	/** Whether it tells of substance-use treatment (42 CFR Part 2). */
	public boolean revealsSubstanceUse() {
		return this.serviceType.isSubstanceUseInformation();
	}

	public Origin getOrigin() {
		return this.origin;
	}

	public String getProviderName() {
		return this.providerName;
	}

	public String getProviderContact() {
		return this.providerContact;
	}

	public int getAppointments() {
		return this.appointments;
	}

	public Outcome getOutcome() {
		return this.outcome;
	}

	public ConfirmedWith getConfirmedWith() {
		return this.confirmedWith;
	}

	public String getOutcomeNote() {
		return this.outcomeNote;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

	public Instant getRequestedAt() {
		return this.requestedAt;
	}

}
