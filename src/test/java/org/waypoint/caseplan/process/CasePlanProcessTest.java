package org.waypoint.caseplan.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.waypoint.caseplan.process.CasePlanProcess.END_PLAN_APPROVED;
import static org.waypoint.caseplan.process.CasePlanProcess.END_PLAN_KEPT;
import static org.waypoint.caseplan.process.CasePlanProcess.END_STEP_DOWN_PROPOSED;
import static org.waypoint.caseplan.process.CasePlanProcess.KEY;
import static org.waypoint.caseplan.process.CasePlanProcess.TASK_APPROVE_CASE_PLAN;
import static org.waypoint.caseplan.process.CasePlanProcess.TASK_DRAFT_CASE_PLAN;
import static org.waypoint.caseplan.process.CasePlanProcess.TASK_REVIEW_CASE_PLAN;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;
import org.waypoint.caseplan.CasePlan;
import org.waypoint.caseplan.CasePlanGoal;
import org.waypoint.caseplan.CasePlanService;
import org.waypoint.caseplan.GoalStatus;
import org.waypoint.caseplan.NewGoal;
import org.waypoint.caseplan.PlanDomain;
import org.waypoint.caseplan.PlanStatus;
import org.waypoint.handoff.ServiceType;
import org.waypoint.platform.InvalidInputException;

/**
 * The case plan: drafted, approved or returned with comments and revised; reviewed after
 * each reassessment (keep, revise, propose step-down). The forms show the plan from the
 * plan table and leave nothing of it in the process.
 */
@Deployment(resources = { "processes/case-plan.bpmn", "forms/draft-case-plan.form", "forms/approve-case-plan.form",
		"forms/review-case-plan.form" })
class CasePlanProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	private final CasePlanService casePlanService = mock(CasePlanService.class);

	private final CasePlan plan = mock(CasePlan.class);

	@BeforeEach
	void setUp() {
		init(engine.getProcessEngine());
		CasePlanGoal housing = mock(CasePlanGoal.class);
		when(housing.getPosition()).thenReturn(1);
		when(housing.getDomain()).thenReturn(PlanDomain.HOUSING);
		when(housing.getAddresses()).thenReturn("Sleeping outside");
		when(housing.getGoal()).thenReturn("A room by spring");
		when(housing.getActions()).thenReturn("Apply for the housing voucher");
		when(housing.getResponsible()).thenReturn("Casey and Jane");
		when(housing.getTargetDate()).thenReturn(LocalDate.of(2027, 3, 1));
		when(housing.getStatus()).thenReturn(GoalStatus.OPEN);
		when(housing.getHandoffTo()).thenReturn(ServiceType.HOUSING);
		when(this.plan.getId()).thenReturn(500L);
		when(this.plan.getVersion()).thenReturn(1);
		when(this.plan.getGoals()).thenReturn(List.of(housing));
		when(this.casePlanService.submit(anyLong(), any(), anyString())).thenReturn(this.plan);
		when(this.casePlanService.plan(500L)).thenReturn(this.plan);
		when(this.casePlanService.approve(eq(500L), anyString(), any())).thenReturn(this.plan);
		when(this.casePlanService.current(70L)).thenReturn(Optional.of(this.plan));
		Mocks.register("casePlanSteps", new CasePlanSteps(this.casePlanService));
	}

	@AfterEach
	void tearDown() {
		Mocks.reset();
	}

	@Test
	void theFirstPlanIsDraftedAndApprovedAndItsHandoffsGoBack() {
		ProcessInstance casePlan = start("INITIAL", false);
		assertThat(task(casePlan)).hasName("Case plan — Jane D.").isAssignedTo("casey");

		complete(task(casePlan), Map.of("goals", goals()));

		ArgumentCaptor<List<NewGoal>> submitted = ArgumentCaptor.forClass(List.class);
		verify(this.casePlanService).submit(eq(70L), submitted.capture(), anyString());
		Assertions.assertThat(submitted.getValue())
			.containsExactly(new NewGoal(PlanDomain.HOUSING, "Sleeping outside", "A room by spring",
					"Apply for the housing voucher", "Casey and Jane", LocalDate.of(2027, 3, 1), null,
					ServiceType.HOUSING));
		assertThat(casePlan).isWaitingAt(TASK_APPROVE_CASE_PLAN).variables().doesNotContainKey("goals");
		assertThat(task(casePlan)).hasName("Approve case plan — Jane D., version 1").hasCandidateGroup("supervisors");
		Assertions.assertThat(taskService().getVariableLocal(task(casePlan).getId(), "goals").toString())
			.contains("A room by spring");

		complete(task(casePlan), Map.of("planReview", "APPROVE"));

		verify(this.casePlanService).approve(500L, "waypoint", null);
		assertThat(casePlan).hasPassed(END_PLAN_APPROVED)
			.isEnded()
			.variables()
			.containsEntry("planApproved", true)
			// the handoffs' services are read from this plan, never passed through the
			// engine
			.containsEntry("approvedPlanId", 500L);
	}

	@Test
	void aReturnedPlanComesBackWithTheCommentAndTheDraft() {
		ProcessInstance casePlan = start("INITIAL", false);
		complete(task(casePlan), Map.of("goals", goals()));
		when(this.plan.getStatus()).thenReturn(PlanStatus.RETURNED);
		when(this.plan.getReviewComment()).thenReturn("Add a goal for the drinking");
		when(this.casePlanService.latest(70L)).thenReturn(Optional.of(this.plan));

		complete(task(casePlan), Map.of("planReview", "RETURN", "reviewComment", "Add a goal for the drinking"));

		verify(this.casePlanService).returnForRevision(500L, "waypoint", "Add a goal for the drinking");
		assertThat(casePlan).isWaitingAt(TASK_DRAFT_CASE_PLAN).variables().doesNotContainKey("reviewComment");
		Assertions.assertThat(taskService().getVariablesLocal(task(casePlan).getId()))
			.containsEntry("reviewComment", "Add a goal for the drinking")
			.containsKey("goals");
	}

	@Test
	void aReviewWithoutItsDecisionIsRefused() {
		ProcessInstance casePlan = start("INITIAL", false);
		complete(task(casePlan), Map.of("goals", goals()));

		assertThatThrownBy(() -> complete(task(casePlan), Map.of("planReview", "MAYBE")))
			.hasRootCauseInstanceOf(InvalidInputException.class)
			.rootCause()
			.hasMessageContaining("planReview must be APPROVE or RETURN");
		assertThat(casePlan).isWaitingAt(TASK_APPROVE_CASE_PLAN);
	}

	@Test
	void afterAReassessmentTheCaseManagerMarksGoalsAndKeepsThePlan() {
		ProcessInstance casePlan = start("REVIEW", true);
		assertThat(task(casePlan)).hasName("Review the case plan — Jane D.").isAssignedTo("casey");
		Assertions.assertThat(taskService().getVariableLocal(task(casePlan).getId(), "stepDownSuggested"))
			.isEqualTo(true);

		complete(task(casePlan),
				Map.of("planDecision", "KEEP", "goals", json(List.of(Map.of("position", 1, "status", "MET")))));

		verify(this.casePlanService).updateGoals(500L, Map.of(1, GoalStatus.MET));
		assertThat(casePlan).hasPassed(END_PLAN_KEPT).isEnded().variables().containsEntry("stepDownProposed", false);
	}

	@Test
	void aReviewMayReviseThePlan() {
		ProcessInstance casePlan = start("REVIEW", false);

		complete(task(casePlan), Map.of("planDecision", "REVISE"));

		assertThat(casePlan).isWaitingAt(TASK_DRAFT_CASE_PLAN);
	}

	@Test
	void aReviewMayProposeStepDown() {
		ProcessInstance casePlan = start("REVIEW", true);

		complete(task(casePlan), Map.of("planDecision", "STEP_DOWN"));

		assertThat(casePlan).hasPassed(END_STEP_DOWN_PROPOSED).variables().containsEntry("stepDownProposed", true);
	}

	@Test
	void aCrisisReviewNeitherSuggestsNorProposesStepDown() {
		ProcessInstance casePlan = start("CRISIS_REVIEW", true);
		Assertions.assertThat(taskService().getVariableLocal(task(casePlan).getId(), "stepDownSuggested"))
			.isEqualTo(false);

		assertThatThrownBy(() -> complete(task(casePlan), Map.of("planDecision", "STEP_DOWN"))).rootCause()
			.hasMessageContaining("step-down is not proposed from a crisis review");
		assertThat(casePlan).isWaitingAt(TASK_REVIEW_CASE_PLAN);
	}

	private static Object goals() {
		Map<String, Object> row = new HashMap<>();
		row.put("domain", "HOUSING");
		row.put("addresses", "Sleeping outside");
		row.put("goal", "A room by spring");
		row.put("actions", "Apply for the housing voucher");
		row.put("responsible", "Casey and Jane");
		row.put("targetDate", "2027-03-01");
		row.put("handoffTo", "HOUSING");
		return json(List.of(row));
	}

	private static Object json(Object value) {
		return Variables.objectValue(value).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
	}

	private ProcessInstance start(String purpose, boolean stepDownCandidate) {
		return runtimeService().startProcessInstanceByKey(KEY, "R-00007",
				Map.of("participantId", 70L, "participantName", "Jane D.", "caseNumber", "R-00007", "caseManagerId",
						"casey", "planPurpose", purpose, "stepDownCandidate", stepDownCandidate));
	}

}
