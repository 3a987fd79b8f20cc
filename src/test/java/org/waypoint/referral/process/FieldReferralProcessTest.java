package org.waypoint.referral.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.waypoint.referral.process.FieldReferralProcess.END_FIELD_REFERRAL_TAKEN;
import static org.waypoint.referral.process.FieldReferralProcess.KEY;
import static org.waypoint.referral.process.FieldReferralProcess.TASK_RECORD_FIELD_REFERRAL;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.waypoint.referral.Door;
import org.waypoint.referral.InvalidReferralException;
import org.waypoint.referral.NewReferral;
import org.waypoint.referral.ReferralService;
import org.waypoint.support.EngineTime;

@Deployment(resources = { "processes/field-referral.bpmn", "forms/field-referral.form" })
class FieldReferralProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	private final ReferralService referralService = mock(ReferralService.class);

	private final Instant now = Instant.parse("2026-11-23T09:00:00Z");

	@BeforeEach
	void setUp() {
		init(engine.getProcessEngine());
		ClockUtil.setCurrentTime(Date.from(this.now));
		Mocks.register("takeFieldReferral", new TakeFieldReferral(this.referralService));
	}

	@AfterEach
	void tearDown() {
		Mocks.reset();
		EngineTime.reset();
		identityService().clearAuthentication();
	}

	@Test
	void outreachWorkerRecordsTheReferralAndItsDetailsLeaveTheProcess() {
		ProcessInstance fieldReferral = startAs("olivia");

		assertThat(fieldReferral).isWaitingAt(TASK_RECORD_FIELD_REFERRAL);
		assertThat(task(fieldReferral)).isAssignedTo("olivia")
			.hasName("Record a field referral")
			.hasDueDate(Date.from(this.now.plus(8, ChronoUnit.HOURS)));

		complete(task(fieldReferral),
				Map.of("door", "LAW_ENFORCEMENT_SOCIAL_CONTACT", "firstName", " Marcus ", "lastName", "Tillman",
						"dateOfBirth", "1988-06-30", "externalId", "", "reason", "Asked for help at the shelter"));

		assertThat(fieldReferral).hasPassed(END_FIELD_REFERRAL_TAKEN).isEnded();
		verify(this.referralService).submit(new NewReferral(Door.LAW_ENFORCEMENT_SOCIAL_CONTACT, null, "Marcus",
				"Tillman", LocalDate.of(1988, 6, 30), null, null, null, "Asked for help at the shelter", null),
				"olivia");
	}

	@Test
	void malformedDateOfBirthIsRefusedAndTheTaskStaysOpen() {
		ProcessInstance fieldReferral = startAs("olivia");

		assertThatThrownBy(() -> complete(task(fieldReferral),
				Map.of("door", "COMMUNITY", "firstName", "Ana", "lastName", "Lopez", "dateOfBirth", "30/06/1988")))
			.isInstanceOf(InvalidReferralException.class)
			.hasMessageContaining("dateOfBirth 30/06/1988 is not a date like 1990-04-21");

		assertThat(fieldReferral).isWaitingAt(TASK_RECORD_FIELD_REFERRAL);
		verify(this.referralService, never()).submit(any(), anyString());
	}

	@Test
	void unknownDoorIsRefused() {
		ProcessInstance fieldReferral = startAs("olivia");

		assertThatThrownBy(
				() -> complete(task(fieldReferral), Map.of("door", "WALK_IN", "firstName", "Ana", "lastName", "Lopez")))
			.isInstanceOf(InvalidReferralException.class)
			.hasMessageContaining("door WALK_IN is not one of the program's doors");
	}

	private ProcessInstance startAs(String userId) {
		identityService().setAuthenticatedUserId(userId);
		return runtimeService().startProcessInstanceByKey(KEY);
	}

}
