package org.waypoint.lifecycle.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.waypoint.lifecycle.process.CaseManagementProcess.BOUNDARY_IN_THE_WIND;
import static org.waypoint.lifecycle.process.CaseManagementProcess.CALL_SEEK_IN_THE_WIND;
import static org.waypoint.lifecycle.process.CaseManagementProcess.END_SLOT_KEPT;
import static org.waypoint.lifecycle.process.CaseManagementProcess.END_SLOT_RELEASED;
import static org.waypoint.lifecycle.process.CaseManagementProcess.GATEWAY_AWAIT_CONTACT;
import static org.waypoint.lifecycle.process.CaseManagementProcess.KEY;
import static org.waypoint.lifecycle.process.CaseManagementProcess.TASK_DECIDE_INACTIVE_SLOT;
import static org.waypoint.lifecycle.process.CaseManagementProcess.TASK_MAKE_OVERDUE_CONTACT;
import static org.waypoint.lifecycle.process.CaseManagementProcess.TASK_RECONNECT;
import static org.waypoint.lifecycle.process.CaseManagementProcess.TASK_REINSTATE_SLOT;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.MESSAGE_CONTACT_RECORDED;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.MESSAGE_PARTICIPANT_LEFT;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.MESSAGE_PARTICIPANT_SIGHTED;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import org.mockito.ArgumentCaptor;
import org.waypoint.capacity.AdmissionPolicy;
import org.waypoint.capacity.CapacityService;
import org.waypoint.capacity.CaseloadAssignment;
import org.waypoint.engagement.ContactCadence;
import org.waypoint.engagement.ContactPlace;
import org.waypoint.engagement.ContactService;
import org.waypoint.engagement.NewContact;
import org.waypoint.engagement.process.ContactSteps;
import org.waypoint.participant.ParticipantService;
import org.waypoint.platform.Clocks;
import org.waypoint.support.CalledProcessStubs;
import org.waypoint.support.EngineTime;

/**
 * Every path of case-management's contact watch: the cadence, an overdue contact, a
 * participant in the wind sought by outreach, inactive with the supervisor's slot
 * decision, re-engagement by a contact, a sighting or outreach, and an early exit.
 */
@Deployment(resources = { "processes/case-management.bpmn", "forms/record-contact.form",
		"forms/decide-inactive-slot.form" })
class CaseManagementProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
		.excludeProcessDefinitionKeys("outreach")
		.assertClassCoverageAtLeast(1.0)
		.build();

	private static final long PARTICIPANT = 70L;

	private final Instant start = Instant.parse("2026-11-23T09:00:00Z");

	private final ContactCadence cadence = mock(ContactCadence.class);

	private final ContactService contactService = mock(ContactService.class);

	private final ParticipantService participantService = mock(ParticipantService.class);

	private final CapacityService capacityService = mock(CapacityService.class);

	private final AdmissionPolicy admissionPolicy = mock(AdmissionPolicy.class);

	private CalledProcessStubs calledProcesses;

	private EngineTime time;

	@BeforeEach
	void setUp() {
		init(engine.getProcessEngine());
		EngineTime.setNow(this.start);
		this.time = EngineTime.of(engine.getProcessEngine());
		this.calledProcesses = CalledProcessStubs.deploy(engine.getProcessEngine(), "outreach");
		nextContactDueIn(Duration.ofDays(7));
		when(this.cadence.inTheWindAt(PARTICIPANT)).thenReturn(this.start.plus(14, ChronoUnit.DAYS));
		when(this.cadence.inactiveAt(PARTICIPANT)).thenReturn(this.start.plus(104, ChronoUnit.DAYS));
		when(this.cadence.reconnectDue()).thenAnswer(invocation -> EngineTime.now().plus(2, ChronoUnit.DAYS));
		CaseloadAssignment slot = mock(CaseloadAssignment.class);
		when(slot.getCaseManagerId()).thenReturn("casey");
		when(this.capacityService.reinstate(eq(7L), eq("casey"), any())).thenReturn(slot);
		Mocks.register("contactWatch", new ContactWatch(this.cadence));
		Mocks.register("contactSteps", new ContactSteps(this.contactService, Clocks.engineClock()));
		Mocks.register("participantSteps", new ParticipantSteps(this.participantService));
		Mocks.register("caseloadSlots", new CaseloadSlots(this.capacityService, this.admissionPolicy));
	}

	@AfterEach
	void tearDown() {
		this.calledProcesses.undeploy();
		Mocks.reset();
		EngineTime.setNow(Instant.now());
	}

	@Test
	void theWatchWaitsForTheNextContactOnTheParticipantsCadence() {
		ProcessInstance caseManagement = open();

		assertThat(caseManagement).isWaitingAt(GATEWAY_AWAIT_CONTACT);
		Assertions.assertThat(this.time.nextTimer(caseManagement.getId()))
			.isEqualTo(this.start.plus(7, ChronoUnit.DAYS));
	}

	@Test
	void aContactWithTheParticipantStartsTheWatchOver() {
		ProcessInstance caseManagement = open();
		this.time.advance(caseManagement.getId(), Duration.ofDays(5));
		nextContactDueIn(Duration.ofDays(7));

		contactRecorded();

		assertThat(caseManagement).isWaitingAt(GATEWAY_AWAIT_CONTACT);
		Assertions.assertThat(this.time.nextTimer(caseManagement.getId()))
			.isEqualTo(this.start.plus(12, ChronoUnit.DAYS));
	}

	@Test
	void whenTheTimerFindsNoContactOverdueTheWatchGoesOn() {
		ProcessInstance caseManagement = open();
		when(this.cadence.contactOverdue(PARTICIPANT)).thenReturn(false);
		when(this.cadence.nextContactDue(PARTICIPANT)).thenReturn(this.start.plus(9, ChronoUnit.DAYS));

		this.time.advance(caseManagement.getId(), Duration.ofDays(7));

		assertThat(caseManagement).isWaitingAt(GATEWAY_AWAIT_CONTACT);
		Assertions.assertThat(taskQuery().processInstanceId(caseManagement.getId()).count()).isZero();
	}

	@Test
	void anOverdueContactGivesTheCaseManagerATaskThatTheContactCompletes() {
		ProcessInstance caseManagement = overdue();

		assertThat(task(caseManagement)).hasName("Contact overdue — Jane D.")
			.isAssignedTo("casey")
			.hasDueDate(Date.from(this.start.plus(8, ChronoUnit.DAYS)));

		nextContactDueIn(Duration.ofDays(7));
		complete(task(caseManagement), contactForm(true));

		ArgumentCaptor<NewContact> contact = ArgumentCaptor.forClass(NewContact.class);
		verify(this.contactService).record(contact.capture(), anyString());
		Assertions.assertThat(contact.getValue())
			.isEqualTo(new NewContact(PARTICIPANT, null, Instant.parse("2026-11-30T15:30:00Z"), ContactPlace.SHELTER,
					true, "Talked about the ID appointment"));
		assertThat(caseManagement).isWaitingAt(GATEWAY_AWAIT_CONTACT)
			.variables()
			.doesNotContainKeys("contactOccurredAt", "contactPlace", "contactWithParticipant", "contactNote");
	}

	@Test
	void anAttemptWithoutTheParticipantKeepsTheContactOverdue() {
		ProcessInstance caseManagement = overdue();

		complete(task(caseManagement), contactForm(false));

		assertThat(caseManagement).isWaitingAt(TASK_MAKE_OVERDUE_CONTACT);
		Assertions.assertThat(taskQuery().processInstanceId(caseManagement.getId()).count()).isOne();
	}

	@Test
	void aContactRecordedFromAPhoneClosesTheOverdueTask() {
		ProcessInstance caseManagement = overdue();

		contactRecorded();

		assertThat(caseManagement).isWaitingAt(GATEWAY_AWAIT_CONTACT);
		Assertions.assertThat(taskQuery().processInstanceId(caseManagement.getId()).count()).isZero();
	}

	@Test
	void missedContactsPastTheThresholdPutTheParticipantInTheWindAndOutreachSeeksThem() {
		ProcessInstance caseManagement = inTheWind();

		verify(this.participantService).markInTheWind(PARTICIPANT);
		ProcessInstance search = this.calledProcesses.running("outreach", caseManagement.getId());
		assertThat(search).variables()
			.containsEntry("outreachReason", "IN_THE_WIND")
			.containsEntry("participantId", PARTICIPANT);
		Assertions.assertThat(taskQuery().processInstanceId(caseManagement.getId()).count())
			.as("the overdue task gave way to outreach")
			.isZero();
		verify(this.capacityService, never()).release(7L);
	}

	@Test
	void aSightingBringsTheParticipantBackAndTheCaseManagerReconnects() {
		ProcessInstance caseManagement = inTheWind();
		ProcessInstance search = this.calledProcesses.running("outreach", caseManagement.getId());

		correlate(MESSAGE_PARTICIPANT_SIGHTED);

		assertThat(search).isEnded();
		verify(this.participantService).reEngage(PARTICIPANT);
		assertThat(caseManagement).isWaitingAt(TASK_REINSTATE_SLOT);
		this.time.runDue(caseManagement.getId());
		verify(this.capacityService).reinstate(7L, "casey", this.admissionPolicy);
		assertThat(task(caseManagement)).hasName("Reconnect — Jane D. was seen again")
			.isAssignedTo("casey")
			.hasDueDate(Date.from(EngineTime.now().plus(2, ChronoUnit.DAYS)));

		complete(task(caseManagement), contactForm(true));
		assertThat(caseManagement).isWaitingAt(GATEWAY_AWAIT_CONTACT);
	}

	@Test
	void aContactWhileInTheWindBringsThemBackToo() {
		ProcessInstance caseManagement = inTheWind();

		contactRecorded();
		this.time.runDue(caseManagement.getId());

		assertThat(caseManagement).isWaitingAt(TASK_RECONNECT);
		verify(this.participantService).reEngage(PARTICIPANT);
	}

	@Test
	void outreachFindingThemBringsThemBack() {
		ProcessInstance caseManagement = inTheWind();

		this.calledProcesses.finish(this.calledProcesses.running("outreach", caseManagement.getId()), Map.of());
		this.time.runDue(caseManagement.getId());

		assertThat(caseManagement).isWaitingAt(TASK_RECONNECT);
	}

	@Test
	void aContactRecordedElsewhereClosesTheReconnectTask() {
		ProcessInstance caseManagement = inTheWind();
		correlate(MESSAGE_PARTICIPANT_SIGHTED);
		this.time.runDue(caseManagement.getId());

		contactRecorded();

		assertThat(caseManagement).isWaitingAt(GATEWAY_AWAIT_CONTACT);
	}

	@Test
	void pastTheInactiveThresholdASupervisorKeepsTheSlotWhileOutreachGoesOn() {
		ProcessInstance caseManagement = inTheWind();

		this.time.advance(caseManagement.getId(), Duration.ofDays(90));

		verify(this.participantService).markInactive(PARTICIPANT);
		assertThat(caseManagement).isWaitingAt(TASK_DECIDE_INACTIVE_SLOT, CALL_SEEK_IN_THE_WIND);
		assertThat(task(caseManagement)).hasName("Inactive — Jane D.: keep the caseload slot?")
			.hasCandidateGroup("supervisors");
		complete(task(caseManagement), Map.of("slotDecision", "KEEP"));

		assertThat(caseManagement).hasPassed(END_SLOT_KEPT).isWaitingAt(CALL_SEEK_IN_THE_WIND);
		verify(this.capacityService, never()).release(7L);
	}

	@Test
	void aSlotFreedWhileInactiveIsGivenBackWhenTheParticipantReturns() {
		ProcessInstance caseManagement = inTheWind();
		this.time.advance(caseManagement.getId(), Duration.ofDays(90));

		complete(task(caseManagement), Map.of("slotDecision", "RELEASE"));
		assertThat(caseManagement).hasPassed(END_SLOT_RELEASED);
		verify(this.capacityService).release(7L);

		correlate(MESSAGE_PARTICIPANT_SIGHTED);
		this.time.runDue(caseManagement.getId());
		verify(this.capacityService).reinstate(7L, "casey", this.admissionPolicy);
		assertThat(caseManagement).isWaitingAt(TASK_RECONNECT);
	}

	@Test
	void aReturnWhileTheSlotDecisionIsOpenWithdrawsIt() {
		ProcessInstance caseManagement = inTheWind();
		this.time.advance(caseManagement.getId(), Duration.ofDays(90));

		correlate(MESSAGE_PARTICIPANT_SIGHTED);

		Assertions.assertThat(taskQuery().taskDefinitionKey(TASK_DECIDE_INACTIVE_SLOT).count()).isZero();
		verify(this.capacityService, never()).release(7L);
	}

	@Test
	void anEarlyExitEndsCaseManagementWithItsReason() {
		ProcessInstance caseManagement = inTheWind();

		runtimeService().createMessageCorrelation(MESSAGE_PARTICIPANT_LEFT)
			.processInstanceVariableEquals("participantId", PARTICIPANT)
			.setVariable("enrollmentEnd", "DIED")
			.correlate();

		assertThat(caseManagement).isEnded().variables().containsEntry("enrollmentEnd", "DIED");
		Assertions.assertThat(this.calledProcesses.running("outreach", caseManagement.getId())).isNull();
	}

	private ProcessInstance overdue() {
		ProcessInstance caseManagement = open();
		when(this.cadence.contactOverdue(PARTICIPANT)).thenReturn(true);
		this.time.advance(caseManagement.getId(), Duration.ofDays(7));
		assertThat(caseManagement).isWaitingAt(TASK_MAKE_OVERDUE_CONTACT);
		return caseManagement;
	}

	private ProcessInstance inTheWind() {
		ProcessInstance caseManagement = overdue();
		this.time.advance(caseManagement.getId(), Duration.ofDays(7));
		assertThat(caseManagement).hasPassed(BOUNDARY_IN_THE_WIND).isWaitingAt(CALL_SEEK_IN_THE_WIND);
		return caseManagement;
	}

	private void nextContactDueIn(Duration frequency) {
		when(this.cadence.nextContactDue(PARTICIPANT)).thenReturn(EngineTime.now().plus(frequency));
	}

	private void contactRecorded() {
		correlate(MESSAGE_CONTACT_RECORDED);
		verify(this.participantService, times(0)).endEnrollment(eq(PARTICIPANT), any());
	}

	private void correlate(String message) {
		runtimeService().createMessageCorrelation(message)
			.processInstanceVariableEquals("participantId", PARTICIPANT)
			.correlateAllWithResult();
	}

	private static Map<String, Object> contactForm(boolean withParticipant) {
		Map<String, Object> form = new HashMap<>();
		form.put("contactOccurredAt", "2026-11-30T15:30Z");
		form.put("contactPlace", "SHELTER");
		form.put("contactWithParticipant", String.valueOf(withParticipant));
		form.put("contactNote", "Talked about the ID appointment");
		return form;
	}

	private ProcessInstance open() {
		return runtimeService().startProcessInstanceByKey(KEY, "R-00007", Map.of("participantId", PARTICIPANT,
				"referralId", 7L, "participantName", "Jane D.", "caseNumber", "R-00007", "caseManagerId", "casey"));
	}

}
