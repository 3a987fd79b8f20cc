package org.waypoint.capacity;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A staff member who carries a caseload, keyed by their login: on staff while in the
 * case-managers group, with a limit of their own at most the site's cap, and away (with a
 * covering colleague) between two days.
 */
@Entity
@Table(name = "case_manager")
public class CaseManager {

	@Id
	@Column(name = "user_id")
	private String userId;

	@Column(name = "active")
	private boolean active;

	/** Empty: the site's cap. */
	@Column(name = "caseload_limit")
	private Integer caseloadLimit;

	@Column(name = "away_from")
	private LocalDate awayFrom;

	@Column(name = "away_until")
	private LocalDate awayUntil;

	@Column(name = "covered_by")
	private String coveredBy;

	protected CaseManager() {
	}

	CaseManager(String userId) {
		this.userId = userId;
		this.active = true;
	}

	void setActive(boolean active) {
		this.active = active;
	}

	void setCaseloadLimit(Integer caseloadLimit) {
		this.caseloadLimit = caseloadLimit;
	}

	void setAway(LocalDate from, LocalDate until, String coveredBy) {
		this.awayFrom = from;
		this.awayUntil = until;
		this.coveredBy = coveredBy;
	}

	/**
	 * Their own limit, or the cap when they have none; a limit set under a higher cap
	 * counts as the cap now.
	 */
	public int ownLimit(int cap) {
		return (this.caseloadLimit != null) ? Math.min(this.caseloadLimit, cap) : cap;
	}

	public boolean isAwayOn(LocalDate day) {
		return this.awayFrom != null && !day.isBefore(this.awayFrom) && !day.isAfter(this.awayUntil);
	}

	/** The colleague their work goes to on that day, if they are away. */
	public String coverOn(LocalDate day) {
		return isAwayOn(day) ? this.coveredBy : null;
	}

	public String getUserId() {
		return this.userId;
	}

	public boolean isActive() {
		return this.active;
	}

	public Integer getCaseloadLimit() {
		return this.caseloadLimit;
	}

	public LocalDate getAwayFrom() {
		return this.awayFrom;
	}

	public LocalDate getAwayUntil() {
		return this.awayUntil;
	}

	public String getCoveredBy() {
		return this.coveredBy;
	}

}
