package org.waypoint.lifecycle.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.waypoint.lifecycle.process.CaseManagementProcess.END_CRISIS_HANDLED;
import static org.waypoint.lifecycle.process.CaseManagementProcess.END_DISCHARGED;
import static org.waypoint.lifecycle.process.CaseManagementProcess.END_PROBATION_UPDATE_HANDLED;
import static org.waypoint.lifecycle.process.CaseManagementProcess.END_REQUESTED_HANDOFF_DONE;
import static org.waypoint.lifecycle.process.CaseManagementProcess.GATEWAY_AWAIT_NEXT_STEP;
import static org.waypoint.lifecycle.process.CaseManagementProcess.MESSAGE_CRISIS_REPORTED;
import static org.waypoint.lifecycle.process.CaseManagementProcess.MESSAGE_HANDOFF_REQUESTED;
import static org.waypoint.lifecycle.process.CaseManagementProcess.TASK_APPROVE_STEP_DOWN;
import static org.waypoint.lifecycle.process.CaseManagementProcess.TASK_PLAN_DISCHARGE;
import static org.waypoint.lifecycle.process.CaseManagementProcess.TASK_RECORD_RELEASE;
import static org.waypoint.lifecycle.process.CaseManagementProcess.TIMER_CONTACT_DUE;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.MESSAGE_STEP_DOWN_RAISED;
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
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
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
import org.waypoint.consent.ConsentService;
import org.waypoint.consent.DisclosureScope;
import org.waypoint.consent.NewRelease;
import org.waypoint.consent.ReleaseParty;
import org.waypoint.consent.process.ConsentSteps;
import org.waypoint.crisis.CrisisResponse;
import org.waypoint.crisis.CrisisService;
import org.waypoint.crisis.process.CrisisSteps;
import org.waypoint.discharge.DischargeService;
import org.waypoint.discharge.process.DischargeSteps;
import org.waypoint.engagement.process.ContactSteps;
import org.waypoint.handoff.Handoff;
import org.waypoint.handoff.HandoffService;
import org.waypoint.handoff.ServiceType;
import org.waypoint.handoff.PlanHandoffs;
import org.waypoint.handoff.process.HandoffSteps;
import org.waypoint.participant.EnrollmentEnd;
import org.waypoint.participant.ParticipantService;
import org.waypoint.platform.Clocks;
import org.waypoint.support.CalledProcessStubs;
import org.waypoint.support.EngineTime;
import org.waypoint.support.ParticipantJourney;

/**
 * Every path of case-management: releases, assessment and plan with its handoffs, the
 * reassessment loop, step-down approved or returned, discharge with its handoffs; the
 * contact watch (the cadence, an overdue contact, in the wind sought by outreach,
 * inactive with the supervisor's slot decision, re-engagement by a contact, a sighting or
 * outreach); crises (answered, escalated, unresolved, an arrest), probation updates,
 * requested handoffs, and an early exit. Called processes are stand-ins.
 */
@Deployment(resources = { "processes/case-management.bpmn", "forms/record-contact.form",
		"forms/decide-inactive-slot.form", "forms/record-release.form", "forms/approve-step-down.form",
		"forms/discharge-plan.form", "forms/respond-to-crisis.form" })
class CaseManagementProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
		.excludeProcessDefinitionKeys("outreach", "assessment", "case-plan", "warm-handoff", "probation-update")
		.assertClassCoverageAtLeast(1.0)
		.build();

	private static final long PARTICIPANT = 70L;

	private static final List<String> WATCH_TASKS = List.of(TASK_MAKE_OVERDUE_CONTACT, TASK_RECONNECT,
			TASK_DECIDE_INACTIVE_SLOT);

	private final Instant start = Instant.parse("2026-11-23T09:00:00Z");

	private final ContactCadence cadence = mock(ContactCadence.class);

	private final ContactService contactService = mock(ContactService.class);

	private final ParticipantService participantService = mock(ParticipantService.class);

	private final CapacityService capacityService = mock(CapacityService.class);

	private final AdmissionPolicy admissionPolicy = mock(AdmissionPolicy.class);

	private final ConsentService consentService = mock(ConsentService.class);

	private final HandoffService handoffService = mock(HandoffService.class);

	private final PlanHandoffs planHandoffs = mock(PlanHandoffs.class);

	private final DischargeService dischargeService = mock(DischargeService.class);

	private final CrisisService crisisService = mock(CrisisService.class);

	/** The first Monday-independent probation update: the 1st of the month, 09:00. */
	private static final Instant DECEMBER_FIRST = Instant.parse("2026-12-01T09:00:00Z");

	private static final List<String> MAIN_TASKS = List.of(TASK_RECORD_RELEASE, TASK_APPROVE_STEP_DOWN,
			TASK_PLAN_DISCHARGE);

	private CalledProcessStubs calledProcesses;

	private String caseManagement;

	private EngineTime time;

	@BeforeEach
	void setUp() {
		init(engine.getProcessEngine());
		EngineTime.setNow(this.start);
		this.time = EngineTime.of(engine.getProcessEngine());
		this.calledProcesses = CalledProcessStubs.deploy(engine.getProcessEngine(), "outreach", "assessment",
				"case-plan", "warm-handoff", "probation-update");
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
		Mocks.register("consentSteps", new ConsentSteps(this.consentService));
		Mocks.register("handoffSteps", new HandoffSteps(this.handoffService, this.planHandoffs));
		Mocks.register("dischargeSteps", new DischargeSteps(this.dischargeService));
		Mocks.register("crisisSteps", new CrisisSteps(this.crisisService));
		Mocks.register("caseSchedule",
				new CaseSchedule(new CaseManagementSettings(Duration.ofDays(90), "0 0 9 1 * ?")));
		when(this.crisisService.responseDue()).thenAnswer(invocation -> EngineTime.now().plus(4, ChronoUnit.HOURS));
		when(this.crisisService.followUpDue()).thenAnswer(invocation -> EngineTime.now().plus(1, ChronoUnit.DAYS));
	}

	@AfterEach
	void tearDown() {
		this.calledProcesses.undeploy();
		Mocks.reset();
		EngineTime.reset();
	}

	@Test
	void theWatchWaitsForTheNextContactOnTheParticipantsCadence() {
		ProcessInstance caseManagement = open();

		assertThat(caseManagement).isWaitingAt(GATEWAY_AWAIT_CONTACT);
		Assertions.assertThat(contactDue()).isEqualTo(this.start.plus(7, ChronoUnit.DAYS));
	}

	@Test
	void aContactWithTheParticipantStartsTheWatchOver() {
		ProcessInstance caseManagement = open();
		this.time.advance(caseManagement.getId(), Duration.ofDays(5));
		nextContactDueIn(Duration.ofDays(7));

		contactRecorded();

		assertThat(caseManagement).isWaitingAt(GATEWAY_AWAIT_CONTACT);
		Assertions.assertThat(contactDue()).isEqualTo(this.start.plus(12, ChronoUnit.DAYS));
	}

	@Test
	void whenTheTimerFindsNoContactOverdueTheWatchGoesOn() {
		ProcessInstance caseManagement = open();
		when(this.cadence.contactOverdue(PARTICIPANT)).thenReturn(false);
		when(this.cadence.nextContactDue(PARTICIPANT)).thenReturn(this.start.plus(9, ChronoUnit.DAYS));

		this.time.advance(caseManagement.getId(), Duration.ofDays(7));

		assertThat(caseManagement).isWaitingAt(GATEWAY_AWAIT_CONTACT);
		Assertions.assertThat(watchTasks(caseManagement)).isEmpty();
	}

	@Test
	void anOverdueContactGivesTheCaseManagerATaskThatTheContactCompletes() {
		ProcessInstance caseManagement = overdue();

		assertThat(watchTask(caseManagement)).hasName("Contact overdue — Jane D.")
			.isAssignedTo("casey")
			.hasDueDate(Date.from(this.start.plus(8, ChronoUnit.DAYS)));

		nextContactDueIn(Duration.ofDays(7));
		complete(watchTask(caseManagement), contactForm(true));

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

		complete(watchTask(caseManagement), contactForm(false));

		assertThat(caseManagement).isWaitingAt(TASK_MAKE_OVERDUE_CONTACT);
		Assertions.assertThat(watchTasks(caseManagement)).hasSize(1);
	}

	@Test
	void aContactRecordedFromAPhoneClosesTheOverdueTask() {
		ProcessInstance caseManagement = overdue();

		contactRecorded();

		assertThat(caseManagement).isWaitingAt(GATEWAY_AWAIT_CONTACT);
		Assertions.assertThat(watchTasks(caseManagement)).isEmpty();
	}

	@Test
	void missedContactsPastTheThresholdPutTheParticipantInTheWindAndOutreachSeeksThem() {
		ProcessInstance caseManagement = inTheWind();

		verify(this.participantService).markInTheWind(PARTICIPANT);
		ProcessInstance search = this.calledProcesses.running("outreach", caseManagement.getId());
		assertThat(search).variables()
			.containsEntry("outreachReason", "IN_THE_WIND")
			.containsEntry("participantId", PARTICIPANT);
		Assertions.assertThat(watchTasks(caseManagement)).as("the overdue task gave way to outreach").isEmpty();
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
		assertThat(watchTask(caseManagement)).hasName("Reconnect — Jane D. was seen again")
			.isAssignedTo("casey")
			.hasDueDate(Date.from(EngineTime.now().plus(2, ChronoUnit.DAYS)));

		complete(watchTask(caseManagement), contactForm(true));
		assertThat(caseManagement).isWaitingAt(GATEWAY_AWAIT_CONTACT);
	}

	@Test
	void aContactWhileInTheWindBringsThemBackAndIsTheReconnection() {
		ProcessInstance caseManagement = inTheWind();

		contactRecorded();
		this.time.runDue(caseManagement.getId());

		verify(this.participantService).reEngage(PARTICIPANT);
		assertThat(caseManagement).isWaitingAt(GATEWAY_AWAIT_CONTACT);
		Assertions.assertThat(taskQuery().taskDefinitionKey(TASK_RECONNECT).count()).as("no Reconnect task").isZero();
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
		assertThat(watchTask(caseManagement)).hasName("Inactive — Jane D.: keep the caseload slot?")
			.hasCandidateGroup("supervisors");
		complete(watchTask(caseManagement), Map.of("slotDecision", "KEEP"));

		assertThat(caseManagement).hasPassed(END_SLOT_KEPT).isWaitingAt(CALL_SEEK_IN_THE_WIND);
		verify(this.capacityService, never()).release(7L);
	}

	@Test
	void aSlotFreedWhileInactiveIsGivenBackWhenTheParticipantReturns() {
		ProcessInstance caseManagement = inTheWind();
		this.time.advance(caseManagement.getId(), Duration.ofDays(90));

		complete(watchTask(caseManagement), Map.of("slotDecision", "RELEASE"));
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

	/** The one open task of the contact watch (the main path has tasks of its own). */
	private static Task watchTask(ProcessInstance caseManagement) {
		List<Task> tasks = watchTasks(caseManagement);
		Assertions.assertThat(tasks).hasSize(1);
		return tasks.get(0);
	}

	private static List<Task> watchTasks(ProcessInstance caseManagement) {
		return taskQuery().processInstanceId(caseManagement.getId())
			.list()
			.stream()
			.filter(task -> WATCH_TASKS.contains(task.getTaskDefinitionKey()))
			.toList();
	}

	@Test
	void theCaseBeginsWithTheReleasesOfInformationOneByOne() {
		ProcessInstance caseManagement = open();
		Task release = mainTask(caseManagement);
		assertThat(release).hasName("Release of information — Jane D.")
			.isAssignedTo("casey")
			.hasDueDate(Date.from(this.start.plus(3, ChronoUnit.DAYS)));

		Map<String, Object> form = new HashMap<>();
		form.put("releaseParty", "PROBATION");
		form.put("releasePartyName", "County Probation, officer Diaz");
		form.put("releaseScopes",
				Variables.objectValue(List.of("PARTICIPATION", "CRISIS_EVENTS"))
					.serializationDataFormat(Variables.SerializationDataFormats.JSON)
					.create());
		form.put("releasePurpose", "Supervision conditions");
		form.put("releaseSignedOn", "2026-11-23");
		form.put("releaseExplained", true);
		form.put("anotherRelease", true);
		complete(release, form);

		verify(this.consentService)
			.record(new NewRelease(PARTICIPANT, ReleaseParty.PROBATION, "County Probation, officer Diaz",
					EnumSet.of(DisclosureScope.PARTICIPATION, DisclosureScope.CRISIS_EVENTS), "Supervision conditions",
					LocalDate.of(2026, 11, 23), null, null, true), "waypoint");
		assertThat(caseManagement).isWaitingAt(TASK_RECORD_RELEASE)
			.variables()
			.doesNotContainKeys("releasePartyName", "releaseScopes", "releasePurpose");

		complete(mainTask(caseManagement), Map.of("noRelease", true, "anotherRelease", false));
		assertThat(this.calledProcesses.running("assessment", caseManagement.getId())).variables()
			.containsEntry("assessmentKind", "INITIAL")
			.containsEntry("caseManagerId", "casey");
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
	void aStepDownProposedAtReviewGoesToASupervisorWhoMayReturnIt() {
		ProcessInstance caseManagement = planned(List.of());
		this.time.advance(caseManagement.getId(), Duration.ofDays(90));
		this.calledProcesses.finish(this.calledProcesses.running("assessment", caseManagement.getId()),
				Map.of("stepDownCandidate", true));
		this.calledProcesses.finish(this.calledProcesses.running("case-plan", caseManagement.getId()),
				Map.of("stepDownProposed", true));
		Instant proposed = EngineTime.now();

		assertThat(mainTask(caseManagement)).hasName("Approve step-down — Jane D.").hasCandidateGroup("supervisors");
		this.time.advance(caseManagement.getId(), Duration.ofDays(2));
		complete(mainTask(caseManagement),
				Map.of("stepDownDecision", "RETURN", "stepDownComment", "Housing is not stable yet"));

		verify(this.dischargeService).reviewStepDown(PARTICIPANT, "casey", proposed, false, "Housing is not stable yet",
				"waypoint");
		assertThat(caseManagement).isWaitingAt(GATEWAY_AWAIT_NEXT_STEP);
	}

	@Test
	void anApprovedStepDownIsPlannedAndDischargedAfterItsHandoffs() {
		ProcessInstance caseManagement = planned(List.of());
		Handoff mentalHealth = handoff(41L);
		Handoff housing = handoff(42L);
		when(this.dischargeService.planDischarge(eq(PARTICIPANT), eq(EnrollmentEnd.STEP_DOWN), any(), any(), any()))
			.thenReturn(List.of(mentalHealth, housing));

		runtimeService().createMessageCorrelation(MESSAGE_STEP_DOWN_RAISED)
			.processInstanceVariableEquals("participantId", PARTICIPANT)
			.setVariables(Map.of("stepDownProposedBy", "casey", "stepDownProposedAt", Date.from(EngineTime.now())))
			.correlate();
		complete(mainTask(caseManagement), Map.of("stepDownDecision", "APPROVE"));
		assertThat(mainTask(caseManagement)).hasName("Discharge plan — Jane D.").isAssignedTo("casey");
		complete(mainTask(caseManagement), Map.of("dischargeReason", "STEP_DOWN", "dischargeKeeps",
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
			.superProcessInstanceId(caseManagement.getId())
			.processDefinitionKey("warm-handoff")
			.list();
		Assertions.assertThat(handoffs).hasSize(2);
		handoffs.forEach(handoff -> this.calledProcesses.finish(handoff, Map.of()));

		assertThat(caseManagement).hasPassed(END_DISCHARGED)
			.isEnded()
			.variables()
			.containsEntry("enrollmentEnd", "STEP_DOWN");
	}

	@Test
	void anEmptyServiceGroupIsNoServiceButAProviderNeedsItsService() {
		ProcessInstance caseManagement = planned(List.of());
		runtimeService().createMessageCorrelation(MESSAGE_STEP_DOWN_RAISED)
			.processInstanceVariableEquals("participantId", PARTICIPANT)
			.setVariables(Map.of("stepDownProposedBy", "casey", "stepDownProposedAt", Date.from(EngineTime.now())))
			.correlate();
		complete(mainTask(caseManagement), Map.of("stepDownDecision", "APPROVE"));

		assertThatThrownBy(() -> complete(mainTask(caseManagement),
				Map.of("dischargeReason", "PROGRAM_COMPLETION", "dischargeServices",
						ParticipantJourney.json(List.of(Map.of("providerName", "Harbor Peer Center"))))))
			.rootCause()
			.hasMessageContaining("the service of Harbor Peer Center is required");
		complete(mainTask(caseManagement), Map.of("dischargeReason", "PROGRAM_COMPLETION", "dischargeServices",
				ParticipantJourney.json(List.of(Map.of("more", false)))));

		verify(this.dischargeService).planDischarge(PARTICIPANT, EnrollmentEnd.PROGRAM_COMPLETION, null, List.of(),
				"waypoint");
		assertThat(caseManagement).hasPassed(END_DISCHARGED).isEnded();
	}

	@Test
	void aCrisisIsAnsweredThenReassessedAndThePlanReviewed() {
		ProcessInstance caseManagement = planned(List.of());
		this.time.advance(caseManagement.getId(), Duration.ofDays(2));

		reportCrisis("RELAPSE");
		Task respond = crisisTask(caseManagement);
		assertThat(respond).hasName("Respond to crisis — Jane D.")
			.isAssignedTo("casey")
			.hasDueDate(Date.from(EngineTime.now().plus(4, ChronoUnit.HOURS)));
		Assertions.assertThat(contactDue()).as("the watch looked again at the cadence").isNotNull();
		complete(respond, Map.of("crisisWhatWasDone", "Took her to detox intake", "crisisTreatmentResponse",
				"Detox, then outpatient", "crisisResolved", true));

		verify(this.crisisService).respond(60L,
				new CrisisResponse("Took her to detox intake", "Detox, then outpatient", false, true), "waypoint");
		verify(this.crisisService, never()).tellJusticePartners(anyLong(), any());
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
	void anUnansweredCrisisGoesToTheSupervisorsAndAnUnresolvedOneIsFollowedUp() {
		ProcessInstance caseManagement = planned(List.of());
		reportCrisis("ARREST");

		this.time.advance(caseManagement.getId(), Duration.ofHours(4));

		verify(this.crisisService).escalate(60L);
		Task unanswered = crisisTask(caseManagement);
		assertThat(unanswered).hasName("Crisis unanswered — Jane D.").hasCandidateGroup("supervisors");
		complete(unanswered, Map.of("crisisWhatWasDone", "Called the jail", "crisisSupervisionInvolved", true));
		verify(this.crisisService).tellJusticePartners(60L, "waypoint");

		Task followUp = crisisTask(caseManagement);
		assertThat(followUp).hasName("Crisis follow-up — Jane D.")
			.hasDueDate(Date.from(EngineTime.now().plus(1, ChronoUnit.DAYS)));
		complete(followUp, Map.of("crisisWhatWasDone", "Released, back at the shelter", "crisisResolved", true));
		Assertions.assertThat(this.calledProcesses.running("assessment", caseManagement.getId())).isNotNull();
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
		complete(mainTask(caseManagement), Map.of("noRelease", true, "anotherRelease", false));
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

	private static Task mainTask(ProcessInstance caseManagement) {
		return taskQuery().processInstanceId(caseManagement.getId())
			.list()
			.stream()
			.filter(task -> MAIN_TASKS.contains(task.getTaskDefinitionKey()))
			.reduce((one, other) -> {
				throw new IllegalStateException("More than one task on the main path");
			})
			.orElseThrow();
	}

	private static Task crisisTask(ProcessInstance caseManagement) {
		return taskQuery().processInstanceId(caseManagement.getId())
			.list()
			.stream()
			.filter(task -> task.getTaskDefinitionKey().contains("Crisis"))
			.reduce((one, other) -> {
				throw new IllegalStateException("More than one crisis task");
			})
			.orElseThrow();
	}

	private Instant contactDue() {
		return managementService().createJobQuery()
			.processInstanceId(this.caseManagement)
			.activityId(TIMER_CONTACT_DUE)
			.singleResult()
			.getDuedate()
			.toInstant();
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

	/** From now on, a contact is next due this long after each look at the cadence. */
	private void nextContactDueIn(Duration frequency) {
		when(this.cadence.nextContactDue(PARTICIPANT)).thenAnswer(invocation -> EngineTime.now().plus(frequency));
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
		ProcessInstance caseManagement = runtimeService().startProcessInstanceByKey(KEY, "R-00007",
				Map.of("participantId", PARTICIPANT, "referralId", 7L, "participantName", "Jane D.", "caseNumber",
						"R-00007", "caseManagerId", "casey"));
		this.caseManagement = caseManagement.getId();
		return caseManagement;
	}

}
