package org.waypoint.discharge.process;

import static org.waypoint.platform.ProcessIds.PARTICIPANT_ID;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.waypoint.crisis.CrisisResponse;
import org.waypoint.crisis.CrisisService;
import org.waypoint.platform.access.Actors;
import org.waypoint.platform.forms.FormFields;

/**
 * A crisis during post-discharge follow-up: one offer of a fast return answers the
 * participant's open crises, on the site's response time.
 */
@Component("followUpCrisisSteps")
public class FollowUpCrisisSteps {

	/** The crisis fields of form offer-return (its returnWanted routes the model). */
	static final String WHAT_WAS_DONE = "crisisWhatWasDone";

	static final String TREATMENT_RESPONSE = "crisisTreatmentResponse";

	static final String RESOLVED = "crisisResolved";

	static final List<String> RESPONSE_DETAIL = List.of(WHAT_WAS_DONE, TREATMENT_RESPONSE, RESOLVED);

	private final CrisisService crisisService;

	FollowUpCrisisSteps(CrisisService crisisService) {
		this.crisisService = crisisService;
	}

	/** When the offer is due (the site's response time, 4 hours). */
	public Date responseDue() {
		return Date.from(this.crisisService.responseDue());
	}

	public void escalateOpen(DelegateExecution execution) {
		this.crisisService.escalateOpen(PARTICIPANT_ID.from(execution));
	}

	/** The form asks nothing of supervision: a response after discharge involves none. */
	public void respondToOpenFromForm(DelegateExecution execution) {
		FormFields form = FormFields.of(execution, "The crisis response was not recorded");
		this.crisisService.respondToOpen(
				PARTICIPANT_ID.from(execution), new CrisisResponse(form.text(WHAT_WAS_DONE),
						form.text(TREATMENT_RESPONSE), false, Boolean.TRUE.equals(form.yesNo(RESOLVED))),
				Actors.current(execution));
		form.remove(RESPONSE_DETAIL);
	}

}
