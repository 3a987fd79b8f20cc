package org.waypoint.assessment.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.waypoint.assessment.process.AssessmentProcess.END_ASSESSED;
import static org.waypoint.assessment.process.AssessmentProcess.KEY;
import static org.waypoint.assessment.process.AssessmentProcess.TASK_ASSESS_RISK_NEEDS;
import static org.waypoint.assessment.process.AssessmentProcess.TASK_CLINICAL_ASSESSMENT;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.junit.jupiter.api.extension.RegisterExtension;
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
import org.waypoint.support.EngineTime;

/**
 * The assessment: the case manager's and the clinician's parts side by side, then the
 * service-intensity decision; only routing facts stay in the process.
 */
@Deployment(
		resources = { "processes/assessment.bpmn", "forms/assess-risk-needs.form", "forms/clinical-assessment.form" })
class AssessmentProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	private final Instant now = Instant.parse("2026-11-23T09:00:00Z");

	private final AssessmentService assessmentService = mock(AssessmentService.class);

	private final IntensityPolicy policy = mock(IntensityPolicy.class);

	@BeforeEach
	void setUp() {
		init(engine.getProcessEngine());
		EngineTime.setNow(this.now);
		Assessment assessment = mock(Assessment.class);
		when(assessment.getId()).thenReturn(90L);
		when(assessment.getRiskLevel()).thenReturn(RiskLevel.HIGH);
		when(this.assessmentService.open(70L, AssessmentKind.INITIAL)).thenReturn(assessment);
		when(this.assessmentService.assessment(90L)).thenReturn(assessment);
		when(this.assessmentService.decideIntensity(90L, this.policy))
			.thenReturn(new ServiceIntensity("INTEGRATED_DUAL_DISORDER", 5, true, false, "service-intensity:1", 1));
		Mocks.register("assessmentSteps", new AssessmentSteps(this.assessmentService, this.policy));
	}

	@AfterEach
	void tearDown() {
		Mocks.reset();
		EngineTime.reset();
	}

	@Test
	void theCaseManagerAndAClinicianAssessSideBySide() {
		ProcessInstance assessment = start();

		assertThat(assessment).isWaitingAt(TASK_ASSESS_RISK_NEEDS, TASK_CLINICAL_ASSESSMENT);
		assertThat(taskQuery().taskDefinitionKey(TASK_ASSESS_RISK_NEEDS).singleResult())
			.hasName("Assessment — Jane D.: risk, needs, responsivity")
			.isAssignedTo("casey")
			.hasDueDate(Date.from(this.now.plus(14, ChronoUnit.DAYS)));
		assertThat(taskQuery().taskDefinitionKey(TASK_CLINICAL_ASSESSMENT).singleResult())
			.hasName("Clinical assessment — Jane D.")
			.hasCandidateGroup("clinicians");
	}

	@Test
	void bothPartsGoToTheAssessmentAndTheServiceModelDecidesTheCadence() {
		ProcessInstance assessment = start();

		complete(taskQuery().taskDefinitionKey(TASK_ASSESS_RISK_NEEDS).singleResult(), caseManagerForm());
		verify(this.assessmentService, never()).decideIntensity(90L, this.policy);
		complete(taskQuery().taskDefinitionKey(TASK_CLINICAL_ASSESSMENT).singleResult(), clinicalForm());

		ArgumentCaptor<CaseManagerAssessment> caseManagerPart = ArgumentCaptor.forClass(CaseManagerAssessment.class);
		verify(this.assessmentService).recordCaseManagerPart(eq(90L), caseManagerPart.capture(), anyString());
		Assertions.assertThat(caseManagerPart.getValue().centralEight()).containsExactly(2, 1, 2, 0, 1, 2, 1, 2);
		Assertions.assertThat(caseManagerPart.getValue().riskMethod()).isEqualTo(RiskMethod.CENTRAL_EIGHT);
		Assertions.assertThat(caseManagerPart.getValue().housing()).isEqualTo(NeedLevel.HIGH);
		verify(this.assessmentService).recordClinicalPart(90L,
				new ClinicalAssessment(Impairment.SOME, Impairment.SEVERE, Impairment.SOME, SubstanceUseSeverity.ABUSE,
						true, 1, 0, "Bipolar disorder, unmedicated"),
				"waypoint");
		assertThat(assessment).hasPassed(END_ASSESSED)
			.isEnded()
			.variables()
			.containsEntry("riskLevel", "HIGH")
			.containsEntry("serviceModel", "INTEGRATED_DUAL_DISORDER")
			.containsEntry("contactEveryDays", 5)
			.containsEntry("peerSpecialistRecommended", true)
			.doesNotContainKeys("seriousMentalIllness", "substanceUseSeverity", "clinicianNote", "riskHistory",
					"needHousing", "caseManagerNote");
	}

	@Test
	void aSiteToolNeedsNoCentralEightRatings() {
		ProcessInstance assessment = start();
		Map<String, Object> form = new HashMap<>(needs());
		form.putAll(Map.of("riskMethod", "SITE_TOOL", "siteToolName", "County risk screen", "siteToolScore", "31",
				"assessedRiskLevel", "MODERATE"));

		complete(taskQuery().taskDefinitionKey(TASK_ASSESS_RISK_NEEDS).singleResult(), form);

		ArgumentCaptor<CaseManagerAssessment> part = ArgumentCaptor.forClass(CaseManagerAssessment.class);
		verify(this.assessmentService).recordCaseManagerPart(eq(90L), part.capture(), any());
		Assertions.assertThat(part.getValue().centralEight()).isNull();
		Assertions.assertThat(part.getValue().siteToolName()).isEqualTo("County risk screen");
		assertThat(assessment).isWaitingAt(TASK_CLINICAL_ASSESSMENT);
	}

	private static Map<String, Object> caseManagerForm() {
		Map<String, Object> form = new HashMap<>(needs());
		form.put("riskMethod", "CENTRAL_EIGHT");
		List<String> factors = List.of("riskHistory", "riskAttitudes", "riskAssociates", "riskPersonality",
				"riskFamilyMarital", "riskSchoolWork", "riskLeisure", "riskSubstanceUse");
		int[] ratings = { 2, 1, 2, 0, 1, 2, 1, 2 };
		for (int factor = 0; factor < factors.size(); factor++) {
			form.put(factors.get(factor), String.valueOf(ratings[factor]));
		}
		form.put("assessedRiskLevel", "HIGH");
		form.put("responsivityLanguage", "Spanish");
		form.put("responsivityTrauma", true);
		form.put("caseManagerNote", "Mornings at the day center work best");
		return form;
	}

	private static Map<String, Object> needs() {
		return Map.of("needHousing", "HIGH", "needIncome", "HIGH", "needHealthInsurance", "SOME",
				"needMeaningfulActivity", "SOME", "needTransportation", "NONE", "needFamilyStress", "SOME",
				"needEducation", "NONE");
	}

	private static Map<String, Object> clinicalForm() {
		return Map.of("impairmentWork", "SOME", "impairmentAppointments", "SEVERE", "impairmentMedication", "SOME",
				"substanceUseSeverity", "ABUSE", "seriousMentalIllness", "true", "jailStays", 1L, "hospitalStays", 0L,
				"clinicianNote", "Bipolar disorder, unmedicated");
	}

	private ProcessInstance start() {
		return runtimeService().startProcessInstanceByKey(KEY, "R-00007",
				Map.of("participantId", 70L, "participantName", "Jane D.", "caseNumber", "R-00007", "caseManagerId",
						"casey", "assessmentKind", "INITIAL"));
	}

}
