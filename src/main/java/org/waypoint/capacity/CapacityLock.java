package org.waypoint.capacity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row every capacity decision locks first (see V2__caseloads.sql). */
@Entity
@Table(name = "capacity_lock")
class CapacityLock {

	static final int ID = 1;

	@Id
	private Integer id;

	protected CapacityLock() {
	}

}
