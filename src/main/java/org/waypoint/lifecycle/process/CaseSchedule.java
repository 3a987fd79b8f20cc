package org.waypoint.lifecycle.process;

import org.springframework.stereotype.Component;

/** The site's schedule as case-management's timers read it. */
@Component("caseSchedule")
public class CaseSchedule {

	private final CaseManagementSettings settings;

	CaseSchedule(CaseManagementSettings settings) {
		this.settings = settings;
	}

	/** ISO 8601 duration to the next reassessment. */
	public String reassessmentInterval() {
		return this.settings.reassessmentInterval().toString();
	}

	public String probationUpdateCycle() {
		return this.settings.probationUpdateCycle();
	}

}
