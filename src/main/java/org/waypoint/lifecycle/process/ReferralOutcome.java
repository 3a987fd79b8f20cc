package org.waypoint.lifecycle.process;

import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.Variables.DECISION_REASON;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.Variables.ENROLLMENT_END;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.Variables.INELIGIBLE_REASON;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.Variables.INTAKE_DUE_AT;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.Variables.MISSED_INTAKE_DECISION;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.Variables.POSSIBLE_MATCH;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.Variables.REFERRER_TOLD;
import static org.waypoint.platform.ProcessIds.REFERRAL_ID;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.waypoint.participant.EnrollmentEnd;
import org.waypoint.platform.Words;
import org.waypoint.referral.ReferralService;
import org.waypoint.referral.ReferralStatus;

/**
 * Closes the loop with the referrer: the referral's status and the reason they will read.
 */
@Component("referralOutcome")
public class ReferralOutcome {

	private final ReferralService referralService;

	ReferralOutcome(ReferralService referralService) {
		this.referralService = referralService;
	}

	public void linked(DelegateExecution execution) {
		close(execution, ReferralStatus.LINKED, "Linked: the person is already active in the program as "
				+ execution.getVariable(POSSIBLE_MATCH) + "; their case manager takes it from here");
	}

	public void ineligible(DelegateExecution execution) {
		close(execution, ReferralStatus.INELIGIBLE, (String) execution.getVariable(INELIGIBLE_REASON));
	}

	public void declined(DelegateExecution execution) {
		close(execution, ReferralStatus.DECLINED, (String) execution.getVariable(DECISION_REASON));
	}

	public void accepted(DelegateExecution execution) {
		close(execution, ReferralStatus.ACCEPTED, "Accepted: a case manager has been assigned");
	}

	public void intakeOverdue(DelegateExecution execution) {
		advance(execution, ReferralStatus.INTAKE_OVERDUE,
				"Intake overdue: the intake window passed; a supervisor decides whether to extend it");
	}

	/**
	 * What the supervisor decided when the window passed: more time, or outreach seeks
	 * on.
	 */
	public void intakeWindowExtended(DelegateExecution execution) {
		LocalDate until = LocalDate.ofInstant(((Date) execution.getVariable(INTAKE_DUE_AT)).toInstant(),
				ZoneOffset.UTC);
		boolean seeking = IntakeSteps.MissedIntakeDecision.KEEP_SEEKING.name()
			.equals(execution.getVariable(MISSED_INTAKE_DECISION));
		advance(execution, ReferralStatus.INTAKE_OVERDUE,
				seeking ? "Intake overdue: outreach keeps seeking the person; intake stays open until " + until
						: "Intake overdue: the intake window was extended until " + until);
	}

	public void enrolled(DelegateExecution execution) {
		advance(execution, ReferralStatus.ENROLLED, "Enrolled: intake completed");
	}

	public void closedWithoutIntake(DelegateExecution execution) {
		advance(execution, ReferralStatus.CLOSED,
				"Closed: intake was not completed within the window; the referral may be made again");
	}

	/**
	 * How the stay ended, as far as the participant let the referrer know (a release for
	 * participation); otherwise only that the referral is closed.
	 */
	public void enrollmentEnded(DelegateExecution execution) {
		EnrollmentEnd end = EnrollmentEnd.valueOf((String) execution.getVariable(ENROLLMENT_END));
		if (Boolean.TRUE.equals(execution.getVariable(REFERRER_TOLD))) {
			advance(execution, end.isDischarge() ? ReferralStatus.COMPLETED : ReferralStatus.EXITED,
					(end.isDischarge() ? "Completed: " : "Left the program: ") + Words.lowerCase(end));
		}
		else {
			advance(execution, ReferralStatus.CLOSED, "Closed");
		}
	}

	private void advance(DelegateExecution execution, ReferralStatus status, String reason) {
		this.referralService.advance(REFERRAL_ID.from(execution), status, reason);
	}

	private void close(DelegateExecution execution, ReferralStatus outcome, String reason) {
		this.referralService.close(REFERRAL_ID.from(execution), outcome, reason);
	}

}
