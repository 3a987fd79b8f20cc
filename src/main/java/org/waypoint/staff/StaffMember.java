package org.waypoint.staff;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member of the program's staff, keyed by their login. */
@Entity
@Table(name = "staff_member")
public class StaffMember {

	@Id
	@Column(name = "user_id")
	private String userId;

	@Column(name = "display_name")
	private String displayName;

	@Column(name = "work_phone")
	private String workPhone;

	@Column(name = "work_area")
	private String workArea;

	@Column(name = "languages")
	private String languages;

	@Column(name = "confirmed_at")
	private Instant confirmedAt;

	protected StaffMember() {
	}

	StaffMember(String userId) {
		this.userId = userId;
	}

	void confirm(StaffProfile profile, Instant when) {
		this.displayName = profile.displayName();
		this.workPhone = profile.workPhone();
		this.workArea = profile.workArea();
		this.languages = profile.languages();
		this.confirmedAt = when;
	}

	public String getUserId() {
		return this.userId;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public String getWorkPhone() {
		return this.workPhone;
	}

	public String getWorkArea() {
		return this.workArea;
	}

	public String getLanguages() {
		return this.languages;
	}

	public Instant getConfirmedAt() {
		return this.confirmedAt;
	}

}
