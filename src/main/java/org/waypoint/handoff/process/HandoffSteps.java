package org.waypoint.handoff.process;

import static org.waypoint.handoff.process.WarmHandoffProcess.Variables.ACCOMPANY_ASSIGNEE;
import static org.waypoint.handoff.process.WarmHandoffProcess.Variables.APPOINTMENT_AT;
import static org.waypoint.handoff.process.WarmHandoffProcess.Variables.HANDOFF_ID;
import static org.waypoint.handoff.process.WarmHandoffProcess.Variables.MAY_RESCHEDULE;
import static org.waypoint.handoff.process.WarmHandoffProcess.Variables.PARTICIPANT_MISSING;
import static org.waypoint.handoff.process.WarmHandoffProcess.Variables.PARTICIPANT_SEEN;
import static org.waypoint.handoff.process.WarmHandoffProcess.Variables.PHONE_REFERRAL_ONLY;
import static org.waypoint.handoff.process.WarmHandoffProcess.Variables.PROVIDER_MAY_BE_ASKED;
import static org.waypoint.platform.ProcessIds.CASE_MANAGER;
import static org.waypoint.platform.ProcessIds.PARTICIPANT_ID;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.waypoint.handoff.HandoffService;
import org.waypoint.handoff.HandoffTerms.Accompanier;
import org.waypoint.handoff.HandoffTerms.ConfirmedWith;
import org.waypoint.handoff.HandoffTerms.Outcome;
import org.waypoint.handoff.HandoffTerms.Transport;
import org.waypoint.handoff.NewAppointment;
import org.waypoint.handoff.ServiceType;
import org.waypoint.handoff.VisitReport;
import org.waypoint.handoff.process.WarmHandoffProcess.Fields;
import org.waypoint.platform.Words;
import org.waypoint.platform.access.Actors;
import org.waypoint.platform.forms.FormFields;

/** The steps of warm-handoff. */
@Component("handoffSteps")
public class HandoffSteps {

	static final String SERVICE_NOT_NAMED = "a provider named in the Case file";

	private final HandoffService handoffService;

	public HandoffSteps(HandoffService handoffService) {
		this.handoffService = handoffService;
	}

	/**
	 * The label of a service type, for forms and task names ("housing"). Substance-use
	 * treatment is not named there: task lists and the engine's records reach supervisors
	 * and peers, whom 42 CFR Part 2 does not let know of it; the Case file tab names it
	 * to those it does.
	 */
	public static String label(ServiceType service) {
		return service.isSubstanceUseInformation() ? SERVICE_NOT_NAMED : Words.lowerCase(service);
	}

	/** Names the kind of provider for the forms and task names of this handoff. */
	public void describe(DelegateExecution execution) {
		execution.setVariable(WarmHandoffProcess.Variables.SERVICE_LABEL,
				label(this.handoffService.handoff(handoffId(execution)).getServiceType()));
	}

	/** Files the schedule form: an appointment, or a phone referral only. */
	public void scheduleFromForm(DelegateExecution execution) {
		FormFields form = FormFields.of(execution, "The appointment was not scheduled");
		long handoffId = handoffId(execution);
		boolean phoneOnly = Boolean.TRUE.equals(form.yesNo(PHONE_REFERRAL_ONLY));
		if (phoneOnly) {
			this.handoffService.recordPhoneReferralOnly(handoffId, form.text(Fields.PROVIDER_NAME),
					form.text(Fields.PHONE_NOTE), Actors.current(execution));
		}
		else {
			Accompanier accompanier = form.choice(Fields.ACCOMPANIED_BY, Accompanier.class);
			Instant at = form.instant(APPOINTMENT_AT);
			this.handoffService.schedule(handoffId, new NewAppointment(form.text(Fields.PROVIDER_NAME),
					form.text(Fields.PROVIDER_CONTACT), at, form.text(Fields.APPOINTMENT_PLACE), accompanier),
					Actors.current(execution));
			execution.setVariable(APPOINTMENT_AT, Date.from(at));
			execution.setVariable(ACCOMPANY_ASSIGNEE,
					(accompanier == Accompanier.CASE_MANAGER) ? CASE_MANAGER.from(execution) : null);
		}
		form.remove(Fields.DETAIL);
		execution.setVariable(PHONE_REFERRAL_ONLY, phoneOnly);
	}

	/** Files how the visit went; a no-show may be rescheduled up to the site's limit. */
	public void visitFromForm(DelegateExecution execution) {
		FormFields form = FormFields.of(execution, "The visit was not recorded");
		long handoffId = handoffId(execution);
		Boolean seen = form.yesNo(PARTICIPANT_SEEN);
		boolean missing = Boolean.TRUE.equals(form.yesNo(PARTICIPANT_MISSING));
		this.handoffService.recordVisit(handoffId, new VisitReport(form.text(Fields.WHO_WENT),
				form.choice(Fields.TRANSPORT, Transport.class), seen, missing, form.text(Fields.VISIT_NOTE)),
				Actors.current(execution));
		form.remove(Fields.DETAIL);
		execution.setVariable(PARTICIPANT_SEEN, seen);
		execution.setVariable(PARTICIPANT_MISSING, !seen && missing);
		execution.setVariable(MAY_RESCHEDULE, this.handoffService.mayReschedule(handoffId));
	}

	/** Task listener (create): whether a release lets the provider be asked. */
	public void showProviderConsent(DelegateTask task) {
		task.setVariableLocal(PROVIDER_MAY_BE_ASKED,
				this.handoffService.providerMayBeAsked((Long) task.getVariable(HANDOFF_ID)));
	}

	/** Files the outcome; asking the provider passes the consent check. */
	public void confirmFromForm(DelegateExecution execution) {
		FormFields form = FormFields.of(execution, "The handoff was not closed");
		this.handoffService.close(handoffId(execution), form.choice(Fields.OUTCOME, Outcome.class),
				form.choice(Fields.CONFIRMED_WITH, ConfirmedWith.class), form.text(Fields.OUTCOME_NOTE),
				Actors.current(execution));
		form.remove(Fields.DETAIL);
	}

	public void closeNotEngaged(DelegateExecution execution) {
		this.handoffService.closeNotEngaged(handoffId(execution),
				"The appointments allowed were missed; the case manager may start a new handoff");
	}

	/** How long after the visit engagement is confirmed, for the timer. */
	public String confirmAfter() {
		return this.handoffService.confirmAfter().toString();
	}

	private static long handoffId(DelegateExecution execution) {
		return (Long) execution.getVariable(HANDOFF_ID);
	}

	private static long participantId(DelegateExecution execution) {
		return PARTICIPANT_ID.from(execution);
	}

}
