package org.waypoint.discharge.process;

import static org.waypoint.discharge.process.StepDownProcess.Variables.DISCHARGE_HANDOFF_IDS;
import static org.waypoint.discharge.process.StepDownProcess.Variables.ENROLLMENT_END;
import static org.waypoint.discharge.process.StepDownProcess.Variables.STEP_DOWN_APPROVED;
import static org.waypoint.discharge.process.StepDownProcess.Variables.STEP_DOWN_PROPOSED_AT;
import static org.waypoint.discharge.process.StepDownProcess.Variables.STEP_DOWN_PROPOSED_BY;
import static org.waypoint.platform.ProcessIds.PARTICIPANT_ID;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.waypoint.discharge.DischargeService.NextService;
import org.waypoint.discharge.DischargeService;
import org.waypoint.handoff.Handoff;
import org.waypoint.handoff.ServiceType;
import org.waypoint.participant.EnrollmentEnd;
import org.waypoint.platform.access.Actors;
import org.waypoint.platform.forms.FormFields;

/** The steps of step-down: the supervisor's review and the discharge plan. */
@Component("dischargeSteps")
public class DischargeSteps {

	static final String STEP_DOWN_DECISION = "stepDownDecision";

	static final String STEP_DOWN_COMMENT = "stepDownComment";

	static final String DISCHARGE_REASON = "dischargeReason";

	static final String DISCHARGE_SERVICES = "dischargeServices";

	static final String DISCHARGE_KEEPS = "dischargeKeeps";

	static final List<String> DETAIL = List.of(STEP_DOWN_DECISION, STEP_DOWN_COMMENT, DISCHARGE_REASON,
			DISCHARGE_SERVICES, DISCHARGE_KEEPS);

	private final DischargeService dischargeService;

	public DischargeSteps(DischargeService dischargeService) {
		this.dischargeService = dischargeService;
	}

	public void fileStepDownReview(DelegateExecution execution) {
		FormFields form = FormFields.of(execution, "The step-down review was not recorded");
		String decision = form.text(STEP_DOWN_DECISION);
		if (!"APPROVE".equals(decision) && !"RETURN".equals(decision)) {
			throw form.refused(STEP_DOWN_DECISION + " must be APPROVE or RETURN");
		}
		this.dischargeService.reviewStepDown(participantId(execution),
				(String) execution.getVariable(STEP_DOWN_PROPOSED_BY),
				((Date) execution.getVariable(STEP_DOWN_PROPOSED_AT)).toInstant(), "APPROVE".equals(decision),
				form.text(STEP_DOWN_COMMENT), Actors.current(execution));
		form.remove(DETAIL);
		execution.setVariable(STEP_DOWN_APPROVED, "APPROVE".equals(decision));
	}

	/** The plan, and a warm handoff to each service the participant moves to. */
	public void fileDischargePlan(DelegateExecution execution) {
		FormFields form = FormFields.of(execution, "The discharge plan was not recorded");
		EnrollmentEnd reason = form.choice(DISCHARGE_REASON, EnrollmentEnd.class);
		List<NextService> services = new ArrayList<>();
		for (Map<String, Object> row : form.rows(DISCHARGE_SERVICES)) {
			ServiceType service = form.enumValue("serviceType", row.get("serviceType"), ServiceType.class);
			Object provider = row.get("providerName");
			boolean providerNamed = provider != null && !provider.toString().isBlank();
			if (service == null && providerNamed) {
				throw form.refused("the service of " + provider + " is required");
			}
			if (service != null) {
				services.add(new NextService(service, providerNamed ? provider.toString() : null));
			}
		}
		List<Long> handoffs = this.dischargeService
			.planDischarge(participantId(execution), reason, form.text(DISCHARGE_KEEPS), services,
					Actors.current(execution))
			.stream()
			.map(Handoff::getId)
			.toList();
		form.remove(DETAIL);
		execution.setVariable(ENROLLMENT_END, reason.name());
		execution.setVariable(DISCHARGE_HANDOFF_IDS, FormFields.json(handoffs));
	}

	private static long participantId(DelegateExecution execution) {
		return PARTICIPANT_ID.from(execution);
	}

}
