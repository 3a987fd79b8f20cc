package org.waypoint.discharge.process;

import static org.waypoint.discharge.process.FollowUpProcess.Variables.CHECK_IN_DAY;
import static org.waypoint.discharge.process.FollowUpProcess.Variables.CHECK_IN_DAYS;
import static org.waypoint.discharge.process.FollowUpProcess.Variables.CHECK_IN_REACHED;
import static org.waypoint.discharge.process.FollowUpProcess.Variables.FOLLOW_UP_ID;
import static org.waypoint.discharge.process.FollowUpProcess.Variables.FOLLOW_UP_WORKER;
import static org.waypoint.discharge.process.FollowUpProcess.Variables.MAY_RETRY;
import static org.waypoint.discharge.process.FollowUpProcess.Variables.RETURN_TO_PROGRAM;
import static org.waypoint.platform.ProcessIds.CASE_MANAGER;
import static org.waypoint.platform.ProcessIds.PARTICIPANT_ID;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.waypoint.discharge.CheckIn.ProviderEngagement;
import org.waypoint.discharge.CheckInReport;
import org.waypoint.discharge.FollowUp;
import org.waypoint.discharge.FollowUpService;
import org.waypoint.discharge.process.FollowUpProcess.Fields;
import org.waypoint.handoff.HandoffTerms.ConfirmedWith;
import org.waypoint.handoff.ServiceType;
import org.waypoint.platform.access.Actors;
import org.waypoint.platform.forms.FormFields;

/** The steps of post-discharge-follow-up. */
@Component("followUpSteps")
public class FollowUpSteps {

	private final FollowUpService followUpService;

	FollowUpSteps(FollowUpService followUpService) {
		this.followUpService = followUpService;
	}

	public void open(DelegateExecution execution) {
		FollowUp followUp = this.followUpService.open(PARTICIPANT_ID.from(execution), CASE_MANAGER.from(execution));
		execution.setVariable(FOLLOW_UP_ID, followUp.getId());
		execution.setVariable(FOLLOW_UP_WORKER, followUp.getFollowUpWorker());
		execution.setVariable(CHECK_IN_DAYS, FormFields.json(this.followUpService.checkInDays()));
	}

	/** When the check-in of this day after discharge falls due. */
	public Date checkInDue(long followUpId, int day) {
		return Date.from(this.followUpService.checkInDue(followUpId, day));
	}

	/** How long before a check-in that missed the participant is tried again. */
	public String retryAfter() {
		return this.followUpService.retryAfter().toString();
	}

	public void fileCheckIn(DelegateExecution execution) {
		FormFields form = FormFields.of(execution, "The check-in was not recorded");
		long followUpId = followUpId(execution);
		int day = ((Number) execution.getVariable(CHECK_IN_DAY)).intValue();
		Boolean reached = form.yesNo(CHECK_IN_REACHED);
		if (reached == null) {
			throw form.refused(CHECK_IN_REACHED + " is required: was the participant reached?");
		}
		boolean crisis = Boolean.TRUE.equals(form.yesNo(Fields.CRISIS));
		this.followUpService.recordCheckIn(followUpId, day,
				new CheckInReport(reached, form.choice(Fields.PROVIDER_ENGAGED, ProviderEngagement.class),
						form.choice(Fields.CONFIRMED_WITH, ConfirmedWith.class),
						form.choice(Fields.PROVIDER, ServiceType.class), crisis, form.text(Fields.NOTE)),
				Actors.current(execution));
		boolean comeBack = reached && crisis && Boolean.TRUE.equals(form.yesNo(Fields.WANTS_RETURN));
		form.remove(Fields.DETAIL);
		execution.setVariableLocal(CHECK_IN_REACHED, reached);
		execution.setVariableLocal(RETURN_TO_PROGRAM, comeBack);
		execution.setVariableLocal(MAY_RETRY, this.followUpService.mayRetry(followUpId, day));
	}

	public void returnToProgram(DelegateExecution execution) {
		this.followUpService.returnToProgram(followUpId(execution), Actors.current(execution));
	}

	public void complete(DelegateExecution execution) {
		this.followUpService.close(followUpId(execution), FollowUp.Outcome.COMPLETED);
	}

	private static long followUpId(DelegateExecution execution) {
		return (Long) execution.getVariable(FOLLOW_UP_ID);
	}

}
