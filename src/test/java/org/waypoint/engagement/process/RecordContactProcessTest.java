package org.waypoint.engagement.process;

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
import static org.mockito.Mockito.when;
import static org.waypoint.engagement.process.RecordContactProcess.KEY;
import static org.waypoint.engagement.process.RecordContactProcess.TASK_RECORD_CONTACT;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.waypoint.engagement.ContactPlace;
import org.waypoint.engagement.ContactService;
import org.waypoint.engagement.NewContact;
import org.waypoint.platform.Clocks;
import org.waypoint.platform.InvalidInputException;
import org.waypoint.support.EngineTime;

/** A staff member logs a contact from Tasklist, naming the participant by case number. */
@Deployment(resources = { "processes/record-contact.bpmn", "forms/record-contact.form" })
class RecordContactProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	private final Instant now = Instant.parse("2026-11-23T09:00:00Z");

	private final ContactService contactService = mock(ContactService.class);

	@BeforeEach
	void setUp() {
		init(engine.getProcessEngine());
		EngineTime.setNow(this.now);
		when(this.contactService.participantWithCaseNumber("R-00042")).thenReturn(Optional.of(70L));
		Mocks.register("contactSteps", new ContactSteps(this.contactService, Clocks.engineClock()));
	}

	@AfterEach
	void tearDown() {
		Mocks.reset();
		identityService().clearAuthentication();
		EngineTime.reset();
	}

	@Test
	void aContactNamedByCaseNumberGoesToThatParticipantsRecord() {
		ProcessInstance recording = startAs("casey");
		assertThat(task(recording)).hasName("Record a contact")
			.isAssignedTo("casey")
			.hasDueDate(Date.from(this.now.plus(8, ChronoUnit.HOURS)));

		identityService().setAuthenticatedUserId("casey");
		complete(task(recording), form("R-00042"));

		verify(this.contactService).record(
				new NewContact(70L, null, this.now, ContactPlace.JAIL, false, "Called the jail: released Friday"),
				"casey");
		assertThat(recording).isEnded()
			.variables()
			.doesNotContainKeys("contactCaseNumber", "contactPlace", "contactWithParticipant", "contactNote");
	}

	@Test
	void anUnknownCaseNumberIsRefusedAndTheTaskStays() {
		ProcessInstance recording = startAs("casey");

		assertThatThrownBy(() -> complete(task(recording), form("R-99999")))
			.hasRootCauseInstanceOf(InvalidInputException.class)
			.rootCause()
			.hasMessageContaining("no participant has case number R-99999");

		assertThat(recording).isWaitingAt(TASK_RECORD_CONTACT);
		verify(this.contactService, never()).record(any(), anyString());
	}

	@Test
	void aContactWithoutACaseNumberIsRefused() {
		ProcessInstance recording = startAs("casey");

		assertThatThrownBy(() -> complete(task(recording), form(" "))).rootCause()
			.hasMessageContaining("contactCaseNumber is required");
	}

	private static Map<String, Object> form(String caseNumber) {
		Map<String, Object> form = new HashMap<>();
		form.put("contactCaseNumber", caseNumber);
		form.put("contactPlace", "JAIL");
		form.put("contactWithParticipant", "false");
		form.put("contactNote", "Called the jail: released Friday");
		return form;
	}

	private ProcessInstance startAs(String userId) {
		identityService().setAuthenticatedUserId(userId);
		ProcessInstance recording = runtimeService().startProcessInstanceByKey(KEY);
		identityService().clearAuthentication();
		return recording;
	}

}
