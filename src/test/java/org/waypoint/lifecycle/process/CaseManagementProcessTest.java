package org.waypoint.lifecycle.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.waypoint.lifecycle.process.CaseManagementProcess.CALL_RECORD_RELEASES;
import static org.waypoint.lifecycle.process.CaseManagementProcess.CALL_RESPOND_TO_CRISIS;
import static org.waypoint.lifecycle.process.CaseManagementProcess.CALL_STEP_DOWN;
import static org.waypoint.lifecycle.process.CaseManagementProcess.CALL_WATCH_CONTACTS;
import static org.waypoint.lifecycle.process.CaseManagementProcess.END_CRISIS_HANDLED;
import static org.waypoint.lifecycle.process.CaseManagementProcess.END_DISCHARGED;
import static org.waypoint.lifecycle.process.CaseManagementProcess.END_PROBATION_UPDATE_HANDLED;
import static org.waypoint.lifecycle.process.CaseManagementProcess.END_REQUESTED_HANDOFF_DONE;
import static org.waypoint.lifecycle.process.CaseManagementProcess.END_WATCH_ENDED;
import static org.waypoint.lifecycle.process.CaseManagementProcess.GATEWAY_AWAIT_NEXT_STEP;
import static org.waypoint.lifecycle.process.CaseManagementProcess.KEY;
import static org.waypoint.lifecycle.process.CaseManagementProcess.MESSAGE_CRISIS_REPORTED;
import static org.waypoint.lifecycle.process.CaseManagementProcess.MESSAGE_HANDOFF_REQUESTED;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.MESSAGE_PARTICIPANT_LEFT;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.MESSAGE_STEP_DOWN_RAISED;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
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
import org.junit.jupiter.api.extension.RegisterExtension;
import org.waypoint.handoff.Handoff;
import org.waypoint.handoff.HandoffService;
import org.waypoint.handoff.PlanHandoffs;
import org.waypoint.handoff.ServiceType;
import org.waypoint.support.CalledProcessStubs;
import org.waypoint.support.EngineTime;

/**
 * Every path of case-management: releases, assessment and plan with its handoffs, the
 * reassessment loop, step-down approved (discharged) or returned; the contact watch
 * beside it; a crisis answered, then reassessed and the plan reviewed; probation updates,
 * requested handoffs, and an early exit. Called processes (releases, contact watch,
 * crisis response and step-down among them) are stand-ins with tests of their own.
 */
@Deployment(resources = "processes/case-management.bpmn")
class CaseManagementProcessTest {

	private static final String[] CALLED = { "record-releases", "contact-watch", "crisis-response", "assessment",
			"case-plan", "warm-handoff", "probation-update", "step-down" };

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
		.excludeProcessDefinitionKeys(CALLED)
		.assertClassCoverageAtLeast(1.0)
		.build();

	private static final long PARTICIPANT = 70L;

	private final Instant start = Instant.parse("2026-11-23T09:00:00Z");

	private final HandoffService handoffService = mock(HandoffService.class);

	private final PlanHandoffs planHandoffs = mock(PlanHandoffs.class);

	/** The first Monday-independent probation update: the 1st of the month, 09:00. */
	private static final Instant DECEMBER_FIRST = Instant.parse("2026-12-01T09:00:00Z");

	private CalledProcessStubs calledProcesses;

	private EngineTime time;

	@BeforeEach
	void setUp() {
		init(engine.getProcessEngine());
		EngineTime.setNow(this.start);
		this.time = EngineTime.of(engine.getProcessEngine());
		this.calledProcesses = CalledProcessStubs.deploy(engine.getProcessEngine(), CALLED);
		Mocks.register("stepDownProposals", new StepDownProposals());
		Mocks.register("casePlanHandoffs", new CasePlanHandoffs(this.handoffService, this.planHandoffs));
		Mocks.register("caseSchedule",
				new CaseSchedule(new CaseManagementSettings(Duration.ofDays(90), "0 0 9 1 * ?")));
	}

	@AfterEach
	void tearDown() {
		this.calledProcesses.undeploy();
		Mocks.reset();
		EngineTime.reset();
	}

	@Test
	void anEarlyExitEndsCaseManagementWithItsReason() {
		ProcessInstance caseManagement = open();

		runtimeService().createMessageCorrelation(MESSAGE_PARTICIPANT_LEFT)
			.processInstanceVariableEquals("participantId", PARTICIPANT)
			.setVariable("enrollmentEnd", "DIED")
			.correlate();

		assertThat(caseManagement).isEnded().variables().containsEntry("enrollmentEnd", "DIED");
		Assertions.assertThat(this.calledProcesses.running("contact-watch", caseManagement.getId())).isNull();
	}

	@Test
	void theCaseBeginsWithTheReleasesOfInformationThenTheAssessment() {
		ProcessInstance caseManagement = open();

		ProcessInstance releases = this.calledProcesses.running("record-releases", caseManagement.getId());
		assertThat(releases).variables()
			.containsEntry("participantId", PARTICIPANT)
			.containsEntry("caseManagerId", "casey");
		this.calledProcesses.finish(releases, Map.of());

		assertThat(this.calledProcesses.running("assessment", caseManagement.getId())).variables()
			.containsEntry("assessmentKind", "INITIAL")
			.containsEntry("caseManagerId", "casey");
	}

	@Test
	void aStepDownProposedAtReviewGoesToTheSupervisorsAndMayBeReturned() {
		ProcessInstance caseManagement = planned(List.of());
		this.time.advance(caseManagement.getId(), Duration.ofDays(90));
		this.calledProcesses.finish(this.calledProcesses.running("assessment", caseManagement.getId()),
				Map.of("stepDownCandidate", true));
		this.calledProcesses.finish(this.calledProcesses.running("case-plan", caseManagement.getId()),
				Map.of("stepDownProposed", true));

		assertThat(caseManagement).isWaitingAt(CALL_STEP_DOWN);
		ProcessInstance stepDown = this.calledProcesses.running("step-down", caseManagement.getId());
		assertThat(stepDown).variables()
			.containsEntry("stepDownProposedBy", "casey")
			.containsEntry("stepDownProposedAt", Date.from(EngineTime.now()));
		this.calledProcesses.finish(stepDown, Map.of("stepDownApproved", false));

		assertThat(caseManagement).isWaitingAt(GATEWAY_AWAIT_NEXT_STEP);
	}

	@Test
	void anApprovedStepDownDischargesWithItsReason() {
		ProcessInstance caseManagement = planned(List.of());

		runtimeService().createMessageCorrelation(MESSAGE_STEP_DOWN_RAISED)
			.processInstanceVariableEquals("participantId", PARTICIPANT)
			.setVariables(Map.of("stepDownProposedBy", "sam", "stepDownProposedAt", Date.from(EngineTime.now())))
			.correlate();
		ProcessInstance stepDown = this.calledProcesses.running("step-down", caseManagement.getId());
		assertThat(stepDown).variables().containsEntry("stepDownProposedBy", "sam");
		this.calledProcesses.finish(stepDown, Map.of("stepDownApproved", true, "enrollmentEnd", "STEP_DOWN"));

		assertThat(caseManagement).hasPassed(END_DISCHARGED)
			.isEnded()
			.variables()
			.containsEntry("enrollmentEnd", "STEP_DOWN");
	}

	@Test
	void thePlansHandoffsStartBesideTheWorkOfThePlan() {
		ProcessInstance caseManagement = planned(List.of(40L));

		verify(this.handoffService).openForPlan(eq(PARTICIPANT), eq(500L), eq(List.of(ServiceType.HOUSING)), any());
		assertThat(this.calledProcesses.running("warm-handoff", caseManagement.getId())).variables()
			.containsEntry("handoffId", 40L);
		assertThat(caseManagement).isWaitingAt(GATEWAY_AWAIT_NEXT_STEP);
	}

	@Test
	void everyNinetyDaysAReassessmentPromptsAPlanReview() {
		ProcessInstance caseManagement = planned(List.of());

		this.time.advance(caseManagement.getId(), Duration.ofDays(90));

		ProcessInstance reassessment = this.calledProcesses.running("assessment", caseManagement.getId());
		assertThat(reassessment).variables().containsEntry("assessmentKind", "PERIODIC");
		this.calledProcesses.finish(reassessment, Map.of("stepDownCandidate", false));
		ProcessInstance review = this.calledProcesses.running("case-plan", caseManagement.getId());
		assertThat(review).variables().containsEntry("planPurpose", "REVIEW");
		this.calledProcesses.finish(review, Map.of("stepDownProposed", false));

		assertThat(caseManagement).isWaitingAt(GATEWAY_AWAIT_NEXT_STEP);
	}

	@Test
	void theContactWatchRunsBesideTheCaseWithTheParticipantsIds() {
		ProcessInstance caseManagement = open();

		assertThat(caseManagement).isWaitingAt(CALL_WATCH_CONTACTS, CALL_RECORD_RELEASES);
		ProcessInstance watch = this.calledProcesses.running("contact-watch", caseManagement.getId());
		assertThat(watch).variables()
			.containsEntry("participantId", PARTICIPANT)
			.containsEntry("enrollmentId", 700L)
			.containsEntry("caseManagerId", "casey")
			.containsEntry("participantName", "Jane D.");
		Assertions.assertThat(watch.getBusinessKey()).isEqualTo("R-00007");
		this.calledProcesses.finish(watch, Map.of());
		assertThat(caseManagement).hasPassed(END_WATCH_ENDED).isWaitingAt(CALL_RECORD_RELEASES);
	}

	@Test
	void aCrisisIsAnsweredThenReassessedAndThePlanReviewed() {
		ProcessInstance caseManagement = planned(List.of());
		this.time.advance(caseManagement.getId(), Duration.ofDays(2));

		reportCrisis("RELAPSE");
		assertThat(caseManagement).isWaitingAt(CALL_RESPOND_TO_CRISIS);
		ProcessInstance response = this.calledProcesses.running("crisis-response", caseManagement.getId());
		assertThat(response).variables()
			.containsEntry("crisisId", 60L)
			.containsEntry("crisisKind", "RELAPSE")
			.containsEntry("caseManagerId", "casey");
		this.calledProcesses.finish(response, Map.of());

		ProcessInstance reassessment = runtimeService().createProcessInstanceQuery()
			.superProcessInstanceId(caseManagement.getId())
			.processDefinitionKey("assessment")
			.singleResult();
		assertThat(reassessment).variables().containsEntry("assessmentKind", "AFTER_CRISIS");
		this.calledProcesses.finish(reassessment, Map.of());
		ProcessInstance review = this.calledProcesses.running("case-plan", caseManagement.getId());
		assertThat(review).variables().containsEntry("planPurpose", "CRISIS_REVIEW");
		this.calledProcesses.finish(review, Map.of());
		assertThat(caseManagement).hasPassed(END_CRISIS_HANDLED).isWaitingAt(GATEWAY_AWAIT_NEXT_STEP);
	}

	@Test
	void eachMonthTheProbationUpdateRunsUntilTheNextIsDue() {
		ProcessInstance caseManagement = planned(List.of());

		this.time.advance(caseManagement.getId(), Duration.between(EngineTime.now(), DECEMBER_FIRST));

		ProcessInstance update = this.calledProcesses.running("probation-update", caseManagement.getId());
		assertThat(update).variables()
			.containsEntry("participantId", PARTICIPANT)
			.containsEntry("caseManagerId", "casey")
			.containsEntry("nextUpdateDue", Date.from(Instant.parse("2027-01-01T09:00:00Z")));
		Assertions.assertThat(update.getBusinessKey()).isEqualTo(caseManagement.getBusinessKey());
		this.calledProcesses.finish(update, Map.of());
		assertThat(caseManagement).hasPassed(END_PROBATION_UPDATE_HANDLED);
	}

	@Test
	void aHandoffTheCaseManagerAsksForStartsAtOnce() {
		ProcessInstance caseManagement = planned(List.of());

		runtimeService().createMessageCorrelation(MESSAGE_HANDOFF_REQUESTED)
			.processInstanceVariableEquals("participantId", PARTICIPANT)
			.setVariablesLocal(Map.of("handoffId", 45L))
			.correlate();

		ProcessInstance handoff = this.calledProcesses.running("warm-handoff", caseManagement.getId());
		assertThat(handoff).variables().containsEntry("handoffId", 45L);
		this.calledProcesses.finish(handoff, Map.of());
		assertThat(caseManagement).hasPassed(END_REQUESTED_HANDOFF_DONE);
	}

	private ProcessInstance planned(List<Long> planHandoffs) {
		ProcessInstance caseManagement = open();
		this.calledProcesses.finish(this.calledProcesses.running("record-releases", caseManagement.getId()), Map.of());
		this.calledProcesses.finish(this.calledProcesses.running("assessment", caseManagement.getId()),
				Map.of("riskLevel", "HIGH", "serviceModel", "ACT", "contactEveryDays", 3, "stepDownCandidate", false));
		List<Handoff> handoffs = planHandoffs.stream().map(this::handoff).toList();
		when(this.handoffService.openForPlan(eq(PARTICIPANT), any(), any(), any())).thenReturn(handoffs);
		when(this.planHandoffs.servicesOf(500L)).thenReturn(List.of(ServiceType.HOUSING));
		this.calledProcesses.finish(this.calledProcesses.running("case-plan", caseManagement.getId()),
				Map.of("planId", 500L, "approvedPlanId", 500L, "stepDownProposed", false));
		return caseManagement;
	}

	private Handoff handoff(long id) {
		Handoff handoff = mock(Handoff.class);
		when(handoff.getId()).thenReturn(id);
		return handoff;
	}

	private void reportCrisis(String kind) {
		runtimeService().createMessageCorrelation(MESSAGE_CRISIS_REPORTED)
			.processInstanceVariableEquals("participantId", PARTICIPANT)
			.setVariablesLocal(Map.of("crisisId", 60L, "crisisKind", kind))
			.correlateAllWithResult();
	}

	private ProcessInstance open() {
		return runtimeService().startProcessInstanceByKey(KEY, "R-00007", Map.of("participantId", PARTICIPANT,
				"enrollmentId", 700L, "participantName", "Jane D.", "caseNumber", "R-00007", "caseManagerId", "casey"));
	}

}
