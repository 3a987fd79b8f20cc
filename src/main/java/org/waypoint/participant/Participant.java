package org.waypoint.participant;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.waypoint.platform.ShortNames;

/** A person in the program, across all their enrollments. */
@Entity
@Table(name = "participant")
public class Participant {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "first_name")
	private String firstName;

	@Column(name = "last_name")
	private String lastName;

	@Column(name = "date_of_birth")
	private LocalDate dateOfBirth;

	@Column(name = "external_id")
	private String externalId;

	@Enumerated(EnumType.STRING)
	private ParticipantStatus status;

	@Column(name = "status_since")
	private Instant statusSince;

	@Column(name = "case_manager_id")
	private String caseManagerId;

	@Column(name = "service_model")
	private String serviceModel;

	@Column(name = "contact_every_days")
	private Integer contactEveryDays;

	@Column(name = "in_the_wind_since")
	private Instant inTheWindSince;

	@Column(name = "crisis_open")
	private boolean crisisOpen;

	protected Participant() {
	}

	Participant(PersonDetails person, String caseManagerId, Instant when) {
		this.firstName = person.firstName();
		this.lastName = person.lastName();
		this.dateOfBirth = person.dateOfBirth();
		this.externalId = person.externalId();
		this.caseManagerId = caseManagerId;
		moveTo(ParticipantStatus.ENGAGING, when);
	}

	/** A former participant comes back on a new referral. */
	void reenroll(String caseManagerId, Instant when) {
		if (this.status.isEnrolled() || this.status == ParticipantStatus.DECEASED) {
			throw new IllegalStateException("Participant " + this.id + " is " + this.status + " and cannot re-enroll");
		}
		this.caseManagerId = caseManagerId;
		this.serviceModel = null;
		this.contactEveryDays = null;
		this.crisisOpen = false;
		moveTo(ParticipantStatus.ENGAGING, when);
	}

	void moveTo(ParticipantStatus next, Instant when) {
		this.status = next;
		this.statusSince = when;
		this.inTheWindSince = (next == ParticipantStatus.IN_THE_WIND || next == ParticipantStatus.INACTIVE)
				? ((this.inTheWindSince != null) ? this.inTheWindSince : when) : null;
	}

	void assignTo(String caseManagerId) {
		this.caseManagerId = caseManagerId;
	}

	void setServiceIntensity(String serviceModel, int contactEveryDays) {
		this.serviceModel = serviceModel;
		this.contactEveryDays = contactEveryDays;
	}

	void setCrisisOpen(boolean crisisOpen) {
		this.crisisOpen = crisisOpen;
	}

	/** How a Tasklist row names the participant (e.g. "Jane D."). */
	public String shortName() {
		return ShortNames.of(this.firstName, this.lastName);
	}

	public Long getId() {
		return this.id;
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

	public ParticipantStatus getStatus() {
		return this.status;
	}

	public Instant getStatusSince() {
		return this.statusSince;
	}

	public String getCaseManagerId() {
		return this.caseManagerId;
	}

	public String getServiceModel() {
		return this.serviceModel;
	}

	public Integer getContactEveryDays() {
		return this.contactEveryDays;
	}

	/** Since when the participant is out of touch (in the wind, then inactive). */
	public Instant getInTheWindSince() {
		return this.inTheWindSince;
	}

	public boolean isCrisisOpen() {
		return this.crisisOpen;
	}

}
