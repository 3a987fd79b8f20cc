package org.waypoint.staff.process;

import static org.waypoint.staff.process.StaffOnboardingProcess.Variables.DISPLAY_NAME;
import static org.waypoint.staff.process.StaffOnboardingProcess.Variables.LANGUAGES;
import static org.waypoint.staff.process.StaffOnboardingProcess.Variables.STAFF_USER_ID;
import static org.waypoint.staff.process.StaffOnboardingProcess.Variables.WORK_AREA;
import static org.waypoint.staff.process.StaffOnboardingProcess.Variables.WORK_PHONE;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.waypoint.staff.StaffProfile;
import org.waypoint.staff.StaffService;

/**
 * Writes the profile a staff member confirmed in the form to the staff table, and takes
 * it out of the process: a work phone and the like are kept in one place.
 */
@Component("recordStaffProfile")
public class RecordStaffProfile implements JavaDelegate {

	private final StaffService staffService;

	public RecordStaffProfile(StaffService staffService) {
		this.staffService = staffService;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.staffService.confirmProfile(new StaffProfile((String) execution.getVariable(STAFF_USER_ID),
				(String) execution.getVariable(DISPLAY_NAME), (String) execution.getVariable(WORK_PHONE),
				(String) execution.getVariable(WORK_AREA), (String) execution.getVariable(LANGUAGES)));
		execution.removeVariables(List.of(DISPLAY_NAME, WORK_PHONE, WORK_AREA, LANGUAGES));
	}

}
