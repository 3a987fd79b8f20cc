package org.waypoint.capacity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A staff member who carries a caseload, keyed by their login. */
@Entity
@Table(name = "case_manager")
public class CaseManager {

	@Id
	@Column(name = "user_id")
	private String userId;

	@Column(name = "active")
	private boolean active;

	protected CaseManager() {
	}

	CaseManager(String userId) {
		this.userId = userId;
		this.active = true;
	}

	public String getUserId() {
		return this.userId;
	}

	public boolean isActive() {
		return this.active;
	}

}
