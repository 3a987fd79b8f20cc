package org.waypoint.capacity.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.Mockito.mock;
import static org.waypoint.capacity.process.StaffLeaveProcess.END_BACK;
import static org.waypoint.capacity.process.StaffLeaveProcess.END_ENDED_EARLY;
import static org.waypoint.capacity.process.StaffLeaveProcess.KEY;
import static org.waypoint.capacity.process.StaffLeaveProcess.MESSAGE_LEAVE_ENDED;
import static org.waypoint.capacity.process.StaffLeaveProcess.TASK_HAND_OVER;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.waypoint.platform.access.AsSystem;
import org.waypoint.support.EngineTime;

/**
 * A leave hands the case manager's participants' tasks to the colleague on the first day
 * and back on return, or at once when it ends early. A stand-in participant process holds
 * one task of the case manager's, and one of someone else's that stays put.
 */
@Deployment(resources = "processes/staff-leave.bpmn")
class StaffLeaveProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
		.excludeProcessDefinitionKeys("participant-work")
		.assertClassCoverageAtLeast(1.0)
		.build();

	private final Instant recorded = Instant.parse("2026-11-23T15:00:00Z");

	private EngineTime time;

	@BeforeEach
	void setUp() {
		init(engine.getProcessEngine());
		EngineTime.setNow(this.recorded);
		this.time = EngineTime.of(engine.getProcessEngine());
		engine.getProcessEngine()
			.getRepositoryService()
			.createDeployment()
			.addModelInstance("participant-work.bpmn",
					Bpmn.createExecutableProcess("participant-work")
						.camundaHistoryTimeToLive(1)
						.startEvent()
						.userTask("Task_Work")
						.camundaAssignee("${caseManagerId}")
						.endEvent()
						.done())
			.deploy();
		Mocks.register("leaveCoverage",
				new LeaveCoverage(runtimeService(), taskService(), org.mockito.Mockito.mock(AsSystem.class)));
	}

	@AfterEach
	void tearDown() {
		Mocks.reset();
		EngineTime.reset();
	}

	@Test
	void theWorkGoesToTheColleagueOnTheFirstDayAndComesBackOnReturn() {
		Task theirs = work("cm-away");
		Task someoneElses = work("cm-other");
		ProcessInstance leave = start();

		this.time.advance(leave.getId(), Duration.ofHours(10));
		assertThat(leave).hasPassed(TASK_HAND_OVER);
		Assertions.assertThat(assignee(theirs)).isEqualTo("cm-cover");
		Assertions.assertThat(assignee(someoneElses)).isEqualTo("cm-other");

		this.time.advance(leave.getId(), Duration.ofDays(3));
		Assertions.assertThat(assignee(theirs)).isEqualTo("cm-away");
		assertThat(leave).hasPassed(END_BACK).isEnded();
	}

	@Test
	void aLeaveEndedEarlyGivesTheWorkBackAtOnce() {
		Task theirs = work("cm-away");
		ProcessInstance leave = start();
		this.time.advance(leave.getId(), Duration.ofHours(10));

		runtimeService().createMessageCorrelation(MESSAGE_LEAVE_ENDED)
			.processInstanceBusinessKey("cm-away")
			.correlate();

		Assertions.assertThat(assignee(theirs)).isEqualTo("cm-away");
		assertThat(leave).hasPassed(END_ENDED_EARLY).isEnded();
	}

	private ProcessInstance start() {
		return runtimeService().startProcessInstanceByKey(KEY, "cm-away",
				Map.of("caseManagerId", "cm-away", "coveredBy", "cm-cover", "awayFrom",
						Date.from(Instant.parse("2026-11-24T00:00:00Z")), "backOn",
						Date.from(Instant.parse("2026-11-27T00:00:00Z"))));
	}

	private Task work(String caseManager) {
		String instance = runtimeService()
			.startProcessInstanceByKey("participant-work", Map.of("caseManagerId", caseManager))
			.getId();
		return taskService().createTaskQuery().processInstanceId(instance).singleResult();
	}

	private static String assignee(Task task) {
		return taskService().createTaskQuery().taskId(task.getId()).singleResult().getAssignee();
	}

}
