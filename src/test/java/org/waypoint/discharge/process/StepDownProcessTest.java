package org.waypoint.discharge.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.waypoint.discharge.process.StepDownProcess.END_STEPPED_DOWN;
import static org.waypoint.discharge.process.StepDownProcess.END_STEP_DOWN_RETURNED;
import static org.waypoint.discharge.process.StepDownProcess.KEY;
import static org.waypoint.discharge.process.StepDownProcess.TASK_APPROVE_STEP_DOWN;
import static org.waypoint.discharge.process.StepDownProcess.TASK_PLAN_DISCHARGE;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

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
import org.waypoint.discharge.DischargeService;
import org.waypoint.handoff.Handoff;
import org.waypoint.handoff.ServiceType;
import org.waypoint.participant.EnrollmentEnd;
import org.waypoint.support.CalledProcessStubs;
import org.waypoint.support.EngineTime;
import org.waypoint.support.ParticipantJourney;

/**
 * Every path of step-down: returned by the supervisor with a comment; approved, planned
 * and discharged after the handoffs to the new services; a discharge plan whose service
 * group is empty, or names a provider without its service. Warm handoffs are stand-ins.
 */
@Deployment(resources = { "processes/step-down.bpmn", "forms/approve-step-down.form", "forms/discharge-plan.form" })
class StepDownProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
		.excludeProcessDefinitionKeys("warm-handoff")
		.assertClassCoverageAtLeast(1.0)
		.build();

	private static final long PARTICIPANT = 70L;

	private final DischargeService dischargeService = mock(DischargeService.class);

	private CalledProcessStubs calledProcesses;

	private EngineTime time;

	@BeforeEach
	void setUp() {
		init(engine.getProcessEngine());
		EngineTime.setNow(Instant.parse("2026-11-23T09:00:00Z"));
		this.time = EngineTime.of(engine.getProcessEngine());
		this.calledProcesses = CalledProcessStubs.deploy(engine.getProcessEngine(), "warm-handoff");
		Mocks.register("dischargeSteps", new DischargeSteps(this.dischargeService));
	}

	@AfterEach
	void tearDown() {
		this.calledProcesses.undeploy();
		Mocks.reset();
		EngineTime.reset();
	}

	@Test
	void aSupervisorMayReturnTheStepDownWithAComment() {
		Instant proposed = EngineTime.now();
		ProcessInstance stepDown = propose();

		assertThat(stepDown).isWaitingAt(TASK_APPROVE_STEP_DOWN);
		assertThat(task(stepDown)).hasName("Approve step-down — Jane D.").hasCandidateGroup("supervisors");
		this.time.advance(stepDown.getId(), Duration.ofDays(2));
		complete(task(stepDown), Map.of("stepDownDecision", "RETURN", "stepDownComment", "Housing is not stable yet"));

		verify(this.dischargeService).reviewStepDown(PARTICIPANT, "casey", proposed, false, "Housing is not stable yet",
				"waypoint");
		assertThat(stepDown).hasPassed(END_STEP_DOWN_RETURNED)
			.isEnded()
			.variables()
			.containsEntry("stepDownApproved", false);
	}

	@Test
	void anApprovedStepDownIsPlannedAndDischargedAfterItsHandoffs() {
		Handoff mentalHealth = handoff(41L);
		Handoff housing = handoff(42L);
		when(this.dischargeService.planDischarge(eq(PARTICIPANT), eq(EnrollmentEnd.STEP_DOWN), any(), any(), any()))
			.thenReturn(List.of(mentalHealth, housing));
		ProcessInstance stepDown = propose();

		complete(task(stepDown), Map.of("stepDownDecision", "APPROVE"));
		assertThat(stepDown).isWaitingAt(TASK_PLAN_DISCHARGE);
		assertThat(task(stepDown)).hasName("Discharge plan — Jane D.").isAssignedTo("casey");
		complete(task(stepDown), Map.of("dischargeReason", "STEP_DOWN", "dischargeKeeps",
				"ID, Medicaid card, clinic appointment on the 3rd", "dischargeServices",
				Variables
					.objectValue(List.of(Map.of("serviceType", "MENTAL_HEALTH", "providerName", "Eastside Clinic"),
							Map.of("serviceType", "HOUSING")))
					.serializationDataFormat(Variables.SerializationDataFormats.JSON)
					.create()));

		verify(this.dischargeService).planDischarge(PARTICIPANT, EnrollmentEnd.STEP_DOWN,
				"ID, Medicaid card, clinic appointment on the 3rd",
				List.of(new DischargeService.NextService(ServiceType.MENTAL_HEALTH, "Eastside Clinic"),
						new DischargeService.NextService(ServiceType.HOUSING, null)),
				"waypoint");
		List<ProcessInstance> handoffs = runtimeService().createProcessInstanceQuery()
			.superProcessInstanceId(stepDown.getId())
			.processDefinitionKey("warm-handoff")
			.list();
		Assertions.assertThat(handoffs).hasSize(2);
		handoffs.forEach(handoff -> this.calledProcesses.finish(handoff, Map.of()));

		assertThat(stepDown).hasPassed(END_STEPPED_DOWN)
			.isEnded()
			.variables()
			.containsEntry("stepDownApproved", true)
			.containsEntry("enrollmentEnd", "STEP_DOWN");
	}

	@Test
	void anEmptyServiceGroupIsNoServiceButAProviderNeedsItsService() {
		ProcessInstance stepDown = propose();
		complete(task(stepDown), Map.of("stepDownDecision", "APPROVE"));

		assertThatThrownBy(() -> complete(task(stepDown),
				Map.of("dischargeReason", "PROGRAM_COMPLETION", "dischargeServices",
						ParticipantJourney.json(List.of(Map.of("providerName", "Harbor Peer Center"))))))
			.rootCause()
			.hasMessageContaining("the service of Harbor Peer Center is required");
		complete(task(stepDown), Map.of("dischargeReason", "PROGRAM_COMPLETION", "dischargeServices",
				ParticipantJourney.json(List.of(Map.of("more", false)))));

		verify(this.dischargeService).planDischarge(PARTICIPANT, EnrollmentEnd.PROGRAM_COMPLETION, null, List.of(),
				"waypoint");
		assertThat(stepDown).hasPassed(END_STEPPED_DOWN).isEnded();
	}

	private static ProcessInstance propose() {
		return runtimeService().startProcessInstanceByKey(KEY, "R-00007",
				Map.of("participantId", PARTICIPANT, "participantName", "Jane D.", "caseNumber", "R-00007",
						"caseManagerId", "casey", "stepDownProposedBy", "casey", "stepDownProposedAt",
						Date.from(EngineTime.now())));
	}

	private static Handoff handoff(long id) {
		Handoff handoff = mock(Handoff.class);
		when(handoff.getId()).thenReturn(id);
		return handoff;
	}

}
