package org.waypoint.staff.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.waypoint.staff.process.StaffOnboardingProcess.END_PROFILE_RECORDED;
import static org.waypoint.staff.process.StaffOnboardingProcess.KEY;
import static org.waypoint.staff.process.StaffOnboardingProcess.TASK_CONFIRM_PROFILE;
import static org.waypoint.staff.process.StaffOnboardingProcess.TASK_RECORD_PROFILE;
import static org.waypoint.staff.process.StaffOnboardingProcess.Variables.DISPLAY_NAME;
import static org.waypoint.staff.process.StaffOnboardingProcess.Variables.LANGUAGES;
import static org.waypoint.staff.process.StaffOnboardingProcess.Variables.STAFF_USER_ID;
import static org.waypoint.staff.process.StaffOnboardingProcess.Variables.WORK_AREA;
import static org.waypoint.staff.process.StaffOnboardingProcess.Variables.WORK_PHONE;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.waypoint.staff.StaffProfile;
import org.waypoint.staff.StaffService;
import org.waypoint.support.EngineTime;

@Deployment(resources = { "processes/staff-onboarding.bpmn", "forms/confirm-staff-profile.form" })
class StaffOnboardingProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	private final StaffService staffService = mock(StaffService.class);

	private final Instant now = Instant.parse("2026-11-23T09:00:00Z");

	@BeforeEach
	void setUp() {
		init(engine.getProcessEngine());
		ClockUtil.setCurrentTime(Date.from(this.now));
		Mocks.register("recordStaffProfile", new RecordStaffProfile(this.staffService));
	}

	@AfterEach
	void tearDown() {
		Mocks.reset();
		EngineTime.reset();
	}

	@Test
	void newStaffMemberGetsTheirOwnProfileTaskDueInAWeek() {
		ProcessInstance onboarding = start("casey");

		assertThat(onboarding).isWaitingAt(TASK_CONFIRM_PROFILE);
		assertThat(task()).isAssignedTo("casey")
			.hasName("Welcome to Waypoint — confirm your profile")
			.hasDueDate(Date.from(this.now.plus(7, ChronoUnit.DAYS)));
		Task withForm = taskService().createTaskQuery().initializeFormKeys().singleResult();
		Assertions.assertThat(withForm.getCamundaFormRef().getKey()).isEqualTo("confirm-staff-profile");
	}

	@Test
	void confirmedProfileIsRecordedInTheStaffTable() {
		ProcessInstance onboarding = start("casey");

		complete(task(onboarding), Map.of(DISPLAY_NAME, "Casey Morgan", WORK_PHONE, "555-0142", WORK_AREA, "Downtown",
				LANGUAGES, "English, Spanish"));

		assertThat(onboarding).hasPassed(TASK_RECORD_PROFILE).isEnded().hasPassed(END_PROFILE_RECORDED);
		verify(this.staffService)
			.confirmProfile(new StaffProfile("casey", "Casey Morgan", "555-0142", "Downtown", "English, Spanish"));
	}

	@Test
	void profileWithoutANameIsRefusedAndTheTaskStaysOpen() {
		ProcessInstance onboarding = start("casey");

		assertThatThrownBy(() -> complete(task(onboarding), Map.of(DISPLAY_NAME, " ")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("A staff profile needs the name colleagues know the member by");

		assertThat(onboarding).isWaitingAt(TASK_CONFIRM_PROFILE);
		verify(this.staffService, never()).confirmProfile(any());
	}

	private ProcessInstance start(String userId) {
		return runtimeService().startProcessInstanceByKey(KEY, userId, Map.of(STAFF_USER_ID, userId));
	}

}
