package org.waypoint.handoff.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.waypoint.handoff.process.WarmHandoffProcess.CALL_SEEK_FOR_HANDOFF;
import static org.waypoint.handoff.process.WarmHandoffProcess.END_NOT_ENGAGED;
import static org.waypoint.handoff.process.WarmHandoffProcess.END_OUTCOME_RECORDED;
import static org.waypoint.handoff.process.WarmHandoffProcess.END_PHONE_REFERRAL_ONLY;
import static org.waypoint.handoff.process.WarmHandoffProcess.KEY;
import static org.waypoint.handoff.process.WarmHandoffProcess.TASK_ACCOMPANY_PARTICIPANT;
import static org.waypoint.handoff.process.WarmHandoffProcess.TASK_CONFIRM_ENGAGEMENT;
import static org.waypoint.handoff.process.WarmHandoffProcess.TASK_SCHEDULE_HANDOFF;
import static org.waypoint.handoff.process.WarmHandoffProcess.TIMER_CONFIRM_DUE;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
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
import org.waypoint.handoff.HandoffTerms.Accompanier;
import org.waypoint.handoff.HandoffTerms.ConfirmedWith;
import org.waypoint.handoff.HandoffTerms.Outcome;
import org.waypoint.handoff.HandoffTerms.Transport;
import org.waypoint.handoff.NewAppointment;
import org.waypoint.handoff.ServiceType;
import org.waypoint.handoff.VisitReport;
import org.waypoint.support.CalledProcessStubs;
import org.waypoint.support.EngineTime;

/**
 * Every path of a warm handoff: accompanied and engaged, a phone referral only, a no-show
 * rescheduled (with outreach when the participant is missing), and the appointments
 * allowed used up.
 */
@Deployment(resources = { "processes/warm-handoff.bpmn", "forms/schedule-handoff.form", "forms/accompany-handoff.form",
		"forms/confirm-handoff.form" })
class WarmHandoffProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
		.excludeProcessDefinitionKeys("outreach")
		.assertClassCoverageAtLeast(1.0)
		.build();

	private final Instant now = Instant.parse("2026-11-23T09:00:00Z");

	private final Instant appointment = Instant.parse("2026-11-26T14:30:00Z");

	private final HandoffService handoffService = mock(HandoffService.class);

	private CalledProcessStubs calledProcesses;

	private EngineTime time;

	@BeforeEach
	void setUp() {
		init(engine.getProcessEngine());
		EngineTime.setNow(this.now);
		this.time = EngineTime.of(engine.getProcessEngine());
		this.calledProcesses = CalledProcessStubs.deploy(engine.getProcessEngine(), "outreach");
		Handoff handoff = mock(Handoff.class);
		when(handoff.getServiceType()).thenReturn(ServiceType.SUBSTANCE_USE_TREATMENT);
		when(this.handoffService.handoff(40L)).thenReturn(handoff);
		when(this.handoffService.confirmAfter()).thenReturn(Duration.ofDays(7));
		when(this.handoffService.mayReschedule(40L)).thenReturn(true);
		Mocks.register("handoffSteps", new HandoffSteps(this.handoffService));
	}

	@AfterEach
	void tearDown() {
		this.calledProcesses.undeploy();
		Mocks.reset();
		EngineTime.reset();
	}

	@Test
	void theCaseManagerGoesWithThemAndConfirmsEngagementAWeekLater() {
		ProcessInstance handoff = start();
		assertThat(task(handoff)).hasName("Warm handoff — Jane D., a provider named in the Case file: schedule")
			.isAssignedTo("casey");

		complete(task(handoff), schedule("CASE_MANAGER"));

		verify(this.handoffService).schedule(40L, new NewAppointment("Harbor Recovery Center", "Dana, 555-0199",
				this.appointment, "Harbor St clinic", Accompanier.CASE_MANAGER), "waypoint");
		assertThat(task(handoff)).hasName("Warm handoff — Jane D., a provider named in the Case file: go with them")
			.isAssignedTo("casey")
			.hasDueDate(Date.from(this.appointment));

		complete(task(handoff),
				Map.of("whoWent", "Casey", "transport", "PROGRAM_VEHICLE", "participantSeenByProvider", "true"));
		verify(this.handoffService).recordVisit(40L,
				new VisitReport("Casey", Transport.PROGRAM_VEHICLE, true, false, null), "waypoint");
		assertThat(handoff).isWaitingAt(TIMER_CONFIRM_DUE);

		when(this.handoffService.providerMayBeAsked(40L)).thenReturn(true);
		this.time.advance(handoff.getId(), Duration.ofDays(7));
		assertThat(handoff).isWaitingAt(TASK_CONFIRM_ENGAGEMENT);
		Assertions.assertThat(taskService().getVariableLocal(task(handoff).getId(), "providerMayBeAsked"))
			.isEqualTo(true);

		complete(task(handoff), Map.of("handoffOutcome", "ENGAGED", "confirmedWith", "PROVIDER"));
		verify(this.handoffService).close(40L, Outcome.ENGAGED, ConfirmedWith.PROVIDER, null, "waypoint");
		assertThat(handoff).hasPassed(END_OUTCOME_RECORDED)
			.isEnded()
			.variables()
			.doesNotContainKeys("providerName", "providerContact", "whoWent", "outcomeNote");
	}

	@Test
	void aPeerSpecialistMayGoInstead() {
		ProcessInstance handoff = start();

		complete(task(handoff), schedule("PEER_SPECIALIST"));

		assertThat(task(handoff)).isNotAssigned().hasCandidateGroup("peer-specialists");
	}

	@Test
	void aPhoneReferralAloneIsRecordedAsSuchAndEndsTheHandoff() {
		ProcessInstance handoff = start();

		complete(task(handoff), Map.of("phoneReferralOnly", true, "providerName", "County benefits line",
				"phoneReferralNote", "No appointments this month"));

		verify(this.handoffService).recordPhoneReferralOnly(40L, "County benefits line", "No appointments this month",
				"waypoint");
		assertThat(handoff).hasPassed(END_PHONE_REFERRAL_ONLY).isEnded();
	}

	@Test
	void aNoShowIsRescheduled() {
		ProcessInstance handoff = scheduledAndNoShow(false);

		assertThat(handoff).isWaitingAt(TASK_SCHEDULE_HANDOFF);
	}

	@Test
	void aNoShowNobodyCanFindIsSoughtByOutreachFirst() {
		ProcessInstance handoff = scheduledAndNoShow(true);

		ProcessInstance search = this.calledProcesses.running("outreach", handoff.getId());
		assertThat(search).variables().containsEntry("outreachReason", "MISSED_APPOINTMENT");
		this.calledProcesses.finish(search, Map.of());

		assertThat(handoff).isWaitingAt(TASK_SCHEDULE_HANDOFF).hasPassed(CALL_SEEK_FOR_HANDOFF);
	}

	@Test
	void whenTheAppointmentsAllowedAreUsedUpTheHandoffClosesAsNotEngaged() {
		when(this.handoffService.mayReschedule(40L)).thenReturn(false);

		ProcessInstance handoff = scheduledAndNoShow(false);

		verify(this.handoffService).closeNotEngaged(eq(40L), anyString());
		assertThat(handoff).hasPassed(END_NOT_ENGAGED).isEnded();
	}

	private ProcessInstance scheduledAndNoShow(boolean missing) {
		ProcessInstance handoff = start();
		complete(task(handoff), schedule("CASE_MANAGER"));
		complete(task(handoff),
				Map.of("whoWent", "Casey", "participantSeenByProvider", "false", "participantMissing", missing));
		verify(this.handoffService).recordVisit(eq(40L), any(), any());
		assertThat(handoff).hasPassed(TASK_ACCOMPANY_PARTICIPANT);
		return handoff;
	}

	private Map<String, Object> schedule(String accompaniedBy) {
		Map<String, Object> form = new HashMap<>();
		form.put("phoneReferralOnly", false);
		form.put("providerName", "Harbor Recovery Center");
		form.put("providerContact", "Dana, 555-0199");
		form.put("appointmentAt", "2026-11-26T14:30Z");
		form.put("appointmentPlace", "Harbor St clinic");
		form.put("accompaniedBy", accompaniedBy);
		return form;
	}

	private ProcessInstance start() {
		return runtimeService().startProcessInstanceByKey(KEY, "R-00007", Map.of("handoffId", 40L, "participantId", 70L,
				"participantName", "Jane D.", "caseNumber", "R-00007", "caseManagerId", "casey"));
	}

}
