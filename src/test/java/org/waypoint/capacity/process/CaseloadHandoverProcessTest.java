package org.waypoint.capacity.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.waypoint.capacity.process.CaseloadHandoverProcess.END_CASELOAD_MOVED;
import static org.waypoint.capacity.process.CaseloadHandoverProcess.KEY;
import static org.waypoint.capacity.process.CaseloadHandoverProcess.TASK_REASSIGN_CASELOAD;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.waypoint.capacity.AdmissionPolicy;
import org.waypoint.capacity.CapacityService;
import org.waypoint.capacity.CaseloadAssignment;
import org.waypoint.capacity.NoRoomException;
import org.waypoint.referral.ReferralService;
import org.waypoint.support.EngineTime;

/**
 * A supervisor moves the caseload of a case manager who left; those nobody has room for
 * come back to the task with the reason, until everyone is moved.
 */
@Deployment(resources = { "processes/caseload-handover.bpmn", "forms/reassign-caseload.form" })
class CaseloadHandoverProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	private final CapacityService capacityService = mock(CapacityService.class);

	private final ReferralService referralService = mock(ReferralService.class);

	private final AdmissionPolicy admissionPolicy = mock(AdmissionPolicy.class);

	@BeforeEach
	void setUp() {
		init(engine.getProcessEngine());
		EngineTime.setNow(Instant.parse("2026-11-23T09:00:00Z"));
		when(this.referralService.find(anyLong())).thenReturn(Optional.empty());
		when(this.capacityService.cap()).thenReturn(25);
		Mocks.register("caseloadHandoverSteps",
				new CaseloadHandoverSteps(this.capacityService, this.referralService, this.admissionPolicy));
	}

	@AfterEach
	void tearDown() {
		Mocks.reset();
		EngineTime.reset();
	}

	@Test
	void theSupervisorMovesEveryoneAndTheHandoverEnds() {
		List<CaseloadAssignment> held = List.of(slot(7L), slot(8L));
		when(this.capacityService.heldBy("cm-gone")).thenReturn(held, List.of());

		ProcessInstance handover = start();

		assertThat(task(handover)).hasName("Reassign Gwen Gone's caseload").hasCandidateGroup("supervisors");
		Assertions.assertThat(taskService().getVariable(task(handover).getId(), "caseloadToMove"))
			.isEqualTo("- referral 7\n- referral 8");
		complete(task(handover), Map.of("moveTo", "LEAST_LOADED"));

		assertThat(handover).hasPassed(END_CASELOAD_MOVED).isEnded();
	}

	@Test
	void thoseNobodyHasRoomForComeBackWithTheReason() {
		List<CaseloadAssignment> held = List.of(slot(7L));
		when(this.capacityService.heldBy("cm-gone")).thenReturn(held);
		doThrow(new NoRoomException("casey has no room: Declined")).when(this.capacityService)
			.reassign(70L, "casey", this.admissionPolicy);
		ProcessInstance handover = start();

		complete(task(handover), Map.of("moveTo", "casey"));

		assertThat(handover).isWaitingAt(TASK_REASSIGN_CASELOAD);
		Assertions.assertThat(runtimeService().getVariable(handover.getId(), "handoverProblems"))
			.isEqualTo("Not moved last time:\n- referral 7: casey has no room: Declined");
	}

	/** The slot the referral's enrollment (its id ten times the referral's) holds. */
	private static CaseloadAssignment slot(long referralId) {
		CaseloadAssignment slot = mock(CaseloadAssignment.class);
		when(slot.getReferralId()).thenReturn(referralId);
		when(slot.getEnrollmentId()).thenReturn(referralId * 10);
		return slot;
	}

	private ProcessInstance start() {
		return runtimeService().startProcessInstanceByKey(KEY, "cm-gone",
				Map.of("leavingCaseManager", "cm-gone", "leavingCaseManagerName", "Gwen Gone"));
	}

}
