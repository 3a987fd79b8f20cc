package org.waypoint.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.waypoint.platform.ShortNames;

/** A referral of one person to the program, and where it stands. */
@Entity
@Table(name = "referral")
public class Referral {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private Door door;

	@Column(name = "submitted_by")
	private String submittedBy;

	@Column(name = "partner_reference")
	private String partnerReference;

	@Column(name = "first_name")
	private String firstName;

	@Column(name = "last_name")
	private String lastName;

	@Column(name = "date_of_birth")
	private LocalDate dateOfBirth;

	@Column(name = "external_id")
	private String externalId;

	@Column(name = "referring_agency")
	private String referringAgency;

	@Column(name = "referring_officer")
	private String referringOfficer;

	private String reason;

	@Column(name = "contact_hints")
	private String contactHints;

	@Enumerated(EnumType.STRING)
	private ReferralStatus status;

	@Column(name = "status_reason")
	private String statusReason;

	@Column(name = "received_at")
	private Instant receivedAt;

	@Column(name = "closed_at")
	private Instant closedAt;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "possible_match_id")
	private Referral possibleMatch;

	protected Referral() {
	}

	Referral(NewReferral request, String submittedBy, Instant receivedAt, Referral possibleMatch) {
		this.door = request.door();
		this.submittedBy = submittedBy;
		this.partnerReference = request.partnerReference();
		this.firstName = request.firstName().strip();
		this.lastName = request.lastName().strip();
		this.dateOfBirth = request.dateOfBirth();
		this.externalId = request.externalId();
		this.referringAgency = request.referringAgency();
		this.referringOfficer = request.referringOfficer();
		this.reason = request.reason();
		this.contactHints = request.contactHints();
		this.status = ReferralStatus.RECEIVED;
		this.receivedAt = receivedAt;
		this.possibleMatch = possibleMatch;
	}

	/** Whether a repeated submission describes this same referral. */
	boolean describes(NewReferral request) {
		return this.door == request.door() && this.firstName.equals(request.firstName().strip())
				&& this.lastName.equals(request.lastName().strip())
				&& Objects.equals(this.dateOfBirth, request.dateOfBirth());
	}

	/** Screening and the capacity decision close a received referral with its outcome. */
	void close(ReferralStatus outcome, String why, Instant when) {
		if (this.status != ReferralStatus.RECEIVED) {
			throw new IllegalStateException(caseNumber() + " is already " + this.status);
		}
		this.status = outcome;
		this.statusReason = why;
		this.closedAt = when;
	}

	/**
	 * What became of an accepted referral: intake, an overdue intake, the end of the
	 * stay. The referrer reads the new status and reason.
	 */
	void advance(ReferralStatus next, String why) {
		if (!this.status.mayBecome(next)) {
			throw new IllegalStateException(caseNumber() + " is " + this.status + " and cannot become " + next);
		}
		this.status = next;
		this.statusReason = why;
	}

	/** The number staff and partners quote, e.g. R-00042. */
	public String caseNumber() {
		return String.format("R-%05d", this.id);
	}

	/** How a Tasklist row names the person (e.g. "Jane D."). */
	public String shortName() {
		return ShortNames.of(this.firstName, this.lastName);
	}

	public Long getId() {
		return this.id;
	}

	public Door getDoor() {
		return this.door;
	}

	public String getSubmittedBy() {
		return this.submittedBy;
	}

	public String getPartnerReference() {
		return this.partnerReference;
	}

	public String getFirstName() {
		return this.firstName;
	}

	public String getLastName() {
		return this.lastName;
	}

	public LocalDate getDateOfBirth() {
		return this.dateOfBirth;
	}

	public String getExternalId() {
		return this.externalId;
	}

	public String getReferringAgency() {
		return this.referringAgency;
	}

	public String getReferringOfficer() {
		return this.referringOfficer;
	}

	public String getReason() {
		return this.reason;
	}

	public String getContactHints() {
		return this.contactHints;
	}

	public ReferralStatus getStatus() {
		return this.status;
	}

	public String getStatusReason() {
		return this.statusReason;
	}

	public Instant getReceivedAt() {
		return this.receivedAt;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

	/**
	 * An active participant's referral that may be the same person, for staff to confirm.
	 */
	public Optional<Referral> getPossibleMatch() {
		return Optional.ofNullable(this.possibleMatch);
	}

}
