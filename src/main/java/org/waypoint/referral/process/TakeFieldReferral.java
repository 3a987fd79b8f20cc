package org.waypoint.referral.process;

import static org.waypoint.referral.process.FieldReferralProcess.Variables.CONTACT_HINTS;
import static org.waypoint.referral.process.FieldReferralProcess.Variables.DATE_OF_BIRTH;
import static org.waypoint.referral.process.FieldReferralProcess.Variables.DOOR;
import static org.waypoint.referral.process.FieldReferralProcess.Variables.EXTERNAL_ID;
import static org.waypoint.referral.process.FieldReferralProcess.Variables.FIRST_NAME;
import static org.waypoint.referral.process.FieldReferralProcess.Variables.INITIATOR;
import static org.waypoint.referral.process.FieldReferralProcess.Variables.LAST_NAME;
import static org.waypoint.referral.process.FieldReferralProcess.Variables.PERSONAL;
import static org.waypoint.referral.process.FieldReferralProcess.Variables.REASON;
import static org.waypoint.referral.process.FieldReferralProcess.Variables.REFERRING_AGENCY;
import static org.waypoint.referral.process.FieldReferralProcess.Variables.REFERRING_OFFICER;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.waypoint.referral.Door;
import org.waypoint.referral.InvalidReferralException;
import org.waypoint.referral.NewReferral;
import org.waypoint.referral.ReferralService;

/**
 * Takes the referral an outreach worker recorded in the field, and clears the person's
 * details out of the process: from here on they live in the referral table only.
 */
@Component("takeFieldReferral")
class TakeFieldReferral implements JavaDelegate {

	private final ReferralService referralService;

	TakeFieldReferral(ReferralService referralService) {
		this.referralService = referralService;
	}

	@Override
	public void execute(DelegateExecution execution) {
		NewReferral referral = new NewReferral(door(execution), null, text(execution, FIRST_NAME),
				text(execution, LAST_NAME), dateOfBirth(execution), text(execution, EXTERNAL_ID),
				text(execution, REFERRING_AGENCY), text(execution, REFERRING_OFFICER), text(execution, REASON),
				text(execution, CONTACT_HINTS));
		this.referralService.submit(referral, (String) execution.getVariable(INITIATOR));
		execution.removeVariables(PERSONAL);
	}

	private static Door door(DelegateExecution execution) {
		String door = text(execution, DOOR);
		try {
			return (door != null) ? Door.valueOf(door) : null;
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidReferralException(List.of("door " + door + " is not one of the program's doors"));
		}
	}

	private static LocalDate dateOfBirth(DelegateExecution execution) {
		String date = text(execution, DATE_OF_BIRTH);
		try {
			return (date != null) ? LocalDate.parse(date) : null;
		}
		catch (DateTimeParseException ex) {
			throw new InvalidReferralException(List.of("dateOfBirth " + date + " is not a date like 1990-04-21"));
		}
	}

	/** A form field's text, or null when it was left empty. */
	private static String text(DelegateExecution execution, String name) {
		Object value = execution.getVariable(name);
		return (value == null || value.toString().isBlank()) ? null : value.toString().strip();
	}

}
