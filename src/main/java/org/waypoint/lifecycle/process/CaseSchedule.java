package org.waypoint.lifecycle.process;

import java.util.Date;

import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
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

	/** When the cycle's next update falls due, after now: it replaces an open one. */
	public Date nextProbationUpdate() {
		return new CycleBusinessCalendar().resolveDuedate(this.settings.probationUpdateCycle());
	}

}
