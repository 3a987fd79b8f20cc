package org.waypoint.lifecycle.process;

import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.Variables.DOOR;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.Variables.EXTENSION_DAYS;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.Variables.INTAKE_DUE_AT;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.Variables.INTAKE_REMIND_AT;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.Variables.MISSED_INTAKE_DECISION;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.Variables.PERSON_REACHED;
import static org.waypoint.platform.ProcessIds.PARTICIPANT_ID;

import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.waypoint.engagement.HousingSituation;
import org.waypoint.engagement.IntakeAnswers;
import org.waypoint.engagement.IntakeService;
import org.waypoint.engagement.IntakeWindow;
import org.waypoint.platform.access.Actors;
import org.waypoint.platform.forms.FormFields;
import org.waypoint.referral.Door;

/** The intake steps of participant-lifecycle: its window, its record, its extension. */
@Component("intakeSteps")
public class IntakeSteps {

	/** The supervisor's choices when the window passed without intake. */
	enum MissedIntakeDecision {

		/** More time; the person is in touch. */
		EXTEND,

		/** More time, and outreach seeks the person again. */
		KEEP_SEEKING,

		CLOSE_REFERRAL

	}

	private final IntakeService intakeService;

	IntakeSteps(IntakeService intakeService) {
		this.intakeService = intakeService;
	}

	public void openWindow(DelegateExecution execution) {
		setWindow(execution, this.intakeService.windowFor(Door.valueOf((String) execution.getVariable(DOOR))));
	}

	public void recordIntake(DelegateExecution execution) {
		FormFields form = FormFields.of(execution, "The intake was not recorded");
		List<String> needs = form.strings(IntakeForm.IMMEDIATE_NEEDS);
		IntakeAnswers answers = new IntakeAnswers(form.text(IntakeForm.PREFERRED_NAME), form.text(IntakeForm.PRONOUNS),
				form.text(IntakeForm.PHONE), form.text(IntakeForm.CONTACT_HINTS),
				form.choice(IntakeForm.HOUSING_SITUATION, HousingSituation.class),
				needs.isEmpty() ? null : needs.stream().collect(Collectors.joining(", ")),
				form.text(IntakeForm.PARTICIPANT_GOALS));
		this.intakeService.record(PARTICIPANT_ID.from(execution), answers, Actors.current(execution));
		form.remove(IntakeForm.FIELDS);
	}

	/** A supervisor gives more time: with outreach (keep seeking) or without (extend). */
	public void extendWindow(DelegateExecution execution) {
		FormFields form = FormFields.of(execution, "The intake window was not extended");
		MissedIntakeDecision decision = form.choice(MISSED_INTAKE_DECISION, MissedIntakeDecision.class);
		Integer days = form.number(EXTENSION_DAYS);
		if (days == null) {
			throw form.refused(EXTENSION_DAYS + " is required: how many more days for intake");
		}
		IntakeWindow extended = this.intakeService.extendBy(days);
		this.intakeService.recordExtension(PARTICIPANT_ID.from(execution), extended);
		setWindow(execution, extended);
		execution.setVariable(PERSON_REACHED, decision == MissedIntakeDecision.EXTEND);
	}

	private static void setWindow(DelegateExecution execution, IntakeWindow window) {
		execution.setVariable(INTAKE_REMIND_AT, Date.from(window.remindAt()));
		execution.setVariable(INTAKE_DUE_AT, Date.from(window.dueAt()));
	}

}
