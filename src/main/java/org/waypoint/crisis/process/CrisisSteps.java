package org.waypoint.crisis.process;

import static org.waypoint.crisis.process.CrisisResponseProcess.Variables.CRISIS_ID;
import static org.waypoint.crisis.process.CrisisResponseProcess.Variables.CRISIS_RESOLVED;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.waypoint.crisis.CrisisResponse;
import org.waypoint.crisis.CrisisService;
import org.waypoint.platform.access.Actors;
import org.waypoint.platform.forms.FormFields;

/** The steps of crisis-response. */
@Component("crisisSteps")
public class CrisisSteps {

	static final String WHAT_WAS_DONE = "crisisWhatWasDone";

	static final String TREATMENT_RESPONSE = "crisisTreatmentResponse";

	static final String SUPERVISION_INVOLVED = "crisisSupervisionInvolved";

	static final List<String> RESPONSE_DETAIL = List.of(WHAT_WAS_DONE, TREATMENT_RESPONSE, SUPERVISION_INVOLVED,
			CRISIS_RESOLVED);

	private final CrisisService crisisService;

	public CrisisSteps(CrisisService crisisService) {
		this.crisisService = crisisService;
	}

	/** When the case manager's response is due (the site's response time, 4 hours). */
	public Date responseDue() {
		return Date.from(this.crisisService.responseDue());
	}

	public Date followUpDue() {
		return Date.from(this.crisisService.followUpDue());
	}

	public void escalate(DelegateExecution execution) {
		this.crisisService.escalate(crisisId(execution));
	}

	public void respondFromForm(DelegateExecution execution) {
		FormFields form = FormFields.of(execution, "The crisis response was not recorded");
		CrisisResponse response = response(form);
		this.crisisService.respond(crisisId(execution), response, Actors.current(execution));
		form.remove(RESPONSE_DETAIL);
		execution.setVariableLocal(CRISIS_RESOLVED, response.resolved());
	}

	private static CrisisResponse response(FormFields form) {
		return new CrisisResponse(form.text(WHAT_WAS_DONE), form.text(TREATMENT_RESPONSE),
				Boolean.TRUE.equals(form.yesNo(SUPERVISION_INVOLVED)),
				Boolean.TRUE.equals(form.yesNo(CRISIS_RESOLVED)));
	}

	/** An arrest: probation and the liaison hear of it where a release allows. */
	public void tellJusticePartners(DelegateExecution execution) {
		this.crisisService.tellJusticePartners(crisisId(execution), Actors.current(execution));
	}

	private static long crisisId(DelegateExecution execution) {
		return (Long) execution.getVariable(CRISIS_ID);
	}

}
