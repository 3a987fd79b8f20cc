package org.waypoint.assessment.process;

import static org.waypoint.assessment.process.AssessmentProcess.Variables.ASSESSMENT_ID;
import static org.waypoint.assessment.process.AssessmentProcess.Variables.ASSESSMENT_KIND;
import static org.waypoint.assessment.process.AssessmentProcess.Variables.CONTACT_EVERY_DAYS;
import static org.waypoint.assessment.process.AssessmentProcess.Variables.PEER_SPECIALIST_RECOMMENDED;
import static org.waypoint.assessment.process.AssessmentProcess.Variables.RISK_LEVEL;
import static org.waypoint.assessment.process.AssessmentProcess.Variables.SERVICE_MODEL;
import static org.waypoint.assessment.process.AssessmentProcess.Variables.STEP_DOWN_CANDIDATE;
import static org.waypoint.platform.ProcessIds.PARTICIPANT_ID;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.waypoint.assessment.Assessment;
import org.waypoint.assessment.AssessmentService;
import org.waypoint.assessment.CaseManagerAssessment;
import org.waypoint.assessment.ClinicalAssessment;
import org.waypoint.assessment.IntensityPolicy;
import org.waypoint.assessment.Levels.AssessmentKind;
import org.waypoint.assessment.Levels.Impairment;
import org.waypoint.assessment.Levels.NeedLevel;
import org.waypoint.assessment.Levels.RiskLevel;
import org.waypoint.assessment.Levels.RiskMethod;
import org.waypoint.assessment.Levels.SubstanceUseSeverity;
import org.waypoint.assessment.ServiceIntensity;
import org.waypoint.assessment.process.AssessmentProcess.CaseManagerForm;
import org.waypoint.assessment.process.AssessmentProcess.ClinicalForm;
import org.waypoint.platform.access.Actors;
import org.waypoint.platform.forms.FormFields;

/**
 * The steps of processes/assessment.bpmn. The answers go to the assessment table and
 * leave the process; only the routing facts (risk level, service model, contact
 * frequency) stay.
 */
@Component("assessmentSteps")
public class AssessmentSteps {

	private final AssessmentService assessmentService;

	private final IntensityPolicy intensityPolicy;

	AssessmentSteps(AssessmentService assessmentService, IntensityPolicy intensityPolicy) {
		this.assessmentService = assessmentService;
		this.intensityPolicy = intensityPolicy;
	}

	public void open(DelegateExecution execution) {
		AssessmentKind kind = FormFields.of(execution, "The assessment was not opened")
			.choice(ASSESSMENT_KIND, AssessmentKind.class);
		Assessment assessment = this.assessmentService.open(PARTICIPANT_ID.from(execution), kind);
		execution.setVariable(ASSESSMENT_ID, assessment.getId());
	}

	public void recordCaseManagerPart(DelegateExecution execution) {
		FormFields form = FormFields.of(execution, "The assessment was not recorded");
		RiskMethod method = form.choice(CaseManagerForm.RISK_METHOD, RiskMethod.class);
		List<Integer> centralEight = (method == RiskMethod.CENTRAL_EIGHT)
				? CaseManagerForm.CENTRAL_EIGHT.stream().map(form::number).toList() : null;
		List<NeedLevel> needs = CaseManagerForm.NEEDS.stream()
			.map(field -> form.choice(field, NeedLevel.class))
			.toList();
		CaseManagerAssessment part = new CaseManagerAssessment(method, centralEight,
				form.text(CaseManagerForm.SITE_TOOL_NAME), form.text(CaseManagerForm.SITE_TOOL_SCORE),
				form.choice(CaseManagerForm.RISK_LEVEL_ANSWER, RiskLevel.class), needs.get(0), needs.get(1),
				needs.get(2), needs.get(3), needs.get(4), needs.get(5), needs.get(6),
				form.text(CaseManagerForm.LANGUAGE), Boolean.TRUE.equals(form.yesNo(CaseManagerForm.LITERACY)),
				Boolean.TRUE.equals(form.yesNo(CaseManagerForm.TRAUMA)), form.text(CaseManagerForm.COGNITIVE),
				form.text(CaseManagerForm.TIMES_PLACES), form.text(CaseManagerForm.NOTE));
		this.assessmentService.recordCaseManagerPart(assessmentId(execution), part, Actors.current(execution));
		form.remove(CaseManagerForm.fields());
	}

	public void recordClinicalPart(DelegateExecution execution) {
		FormFields form = FormFields.of(execution, "The clinical assessment was not recorded");
		ClinicalAssessment part = new ClinicalAssessment(form.choice(ClinicalForm.WORK, Impairment.class),
				form.choice(ClinicalForm.APPOINTMENTS, Impairment.class),
				form.choice(ClinicalForm.MEDICATION, Impairment.class),
				form.choice(ClinicalForm.SUBSTANCE_USE, SubstanceUseSeverity.class), form.yesNo(ClinicalForm.SMI),
				form.number(ClinicalForm.JAIL_STAYS), form.number(ClinicalForm.HOSPITAL_STAYS),
				form.text(ClinicalForm.NOTE));
		this.assessmentService.recordClinicalPart(assessmentId(execution), part, Actors.current(execution));
		form.remove(ClinicalForm.FIELDS);
	}

	/** Both parts are in: the service-intensity table decides; its routing facts stay. */
	public void decideServiceIntensity(DelegateExecution execution) {
		long assessmentId = assessmentId(execution);
		ServiceIntensity intensity = this.assessmentService.decideIntensity(assessmentId, this.intensityPolicy);
		execution.setVariable(RISK_LEVEL, this.assessmentService.assessment(assessmentId).getRiskLevel().name());
		execution.setVariable(SERVICE_MODEL, intensity.serviceModel());
		execution.setVariable(CONTACT_EVERY_DAYS, intensity.contactEveryDays());
		execution.setVariable(PEER_SPECIALIST_RECOMMENDED, intensity.peerSpecialistRecommended());
		execution.setVariable(STEP_DOWN_CANDIDATE, intensity.stepDownCandidate());
	}

	private static long assessmentId(DelegateExecution execution) {
		return (Long) execution.getVariable(ASSESSMENT_ID);
	}

}
