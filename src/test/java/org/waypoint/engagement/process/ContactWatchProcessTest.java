package org.waypoint.engagement.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.waypoint.engagement.process.ContactWatchProcess.BOUNDARY_IN_THE_WIND;
import static org.waypoint.engagement.process.ContactWatchProcess.CALL_SEEK_IN_THE_WIND;
import static org.waypoint.engagement.process.ContactWatchProcess.END_PARTICIPANT_GONE;
import static org.waypoint.engagement.process.ContactWatchProcess.END_SLOT_KEPT;
import static org.waypoint.engagement.process.ContactWatchProcess.END_SLOT_RELEASED;
import static org.waypoint.engagement.process.ContactWatchProcess.GATEWAY_AWAIT_CONTACT;
import static org.waypoint.engagement.process.ContactWatchProcess.KEY;
import static org.waypoint.engagement.process.ContactWatchProcess.MESSAGE_CONTACT_RECORDED;
import static org.waypoint.engagement.process.ContactWatchProcess.MESSAGE_CRISIS_REPORTED;
import static org.waypoint.engagement.process.ContactWatchProcess.MESSAGE_PARTICIPANT_SIGHTED;
import static org.waypoint.engagement.process.ContactWatchProcess.TASK_DECIDE_INACTIVE_SLOT;
import static org.waypoint.engagement.process.ContactWatchProcess.TASK_MAKE_OVERDUE_CONTACT;
import static org.waypoint.engagement.process.ContactWatchProcess.TASK_RECONNECT;
import static org.waypoint.engagement.process.ContactWatchProcess.TASK_REINSTATE_SLOT;
import static org.waypoint.engagement.process.ContactWatchProcess.TIMER_CONTACT_DUE;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import org.mockito.ArgumentCaptor;
import org.waypoint.capacity.AdmissionPolicy;
import org.waypoint.capacity.CapacityService;
import org.waypoint.engagement.ContactCadence;
import org.waypoint.engagement.ContactPlace;
import org.waypoint.engagement.ContactService;
import org.waypoint.engagement.NewContact;
import org.waypoint.participant.ParticipantService;
import org.waypoint.platform.Clocks;
import org.waypoint.support.CalledProcessStubs;
import org.waypoint.support.EngineTime;

/**
 * Every path of contact-watch: the cadence, an overdue contact, in the wind sought by
 * outreach, inactive with the supervisor's slot decision, re-engagement by a contact, a
 * sighting or outreach, a crisis that tightens the cadence, and a participant gone from
 * the program. Outreach is a stand-in.
 */
@Deployment(
		resources = { "processes/contact-watch.bpmn", "forms/record-contact.form", "forms/decide-inactive-slot.form" })
class ContactWatchProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
		.excludeProcessDefinitionKeys("outreach")
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

	private CalledProcessStubs calledProcesses;

	private String watchId;

	private EngineTime time;

	@BeforeEach
	void setUp() {
		init(engine.getProcessEngine());
		EngineTime.setNow(this.start);
		this.time = EngineTime.of(engine.getProcessEngine());
		this.calledProcesses = CalledProcessStubs.deploy(engine.getProcessEngine(), "outreach");
		nextContactDueIn(Duration.ofDays(7));
		when(this.cadence.kept(PARTICIPANT)).thenReturn(true);
		when(this.cadence.inTheWindAt(PARTICIPANT)).thenReturn(this.start.plus(14, ChronoUnit.DAYS));
		when(this.cadence.inactiveAt(PARTICIPANT)).thenReturn(this.start.plus(104, ChronoUnit.DAYS));
		when(this.cadence.reconnectDue()).thenAnswer(invocation -> EngineTime.now().plus(2, ChronoUnit.DAYS));
		Mocks.register("contactWatch", new ContactWatch(this.cadence));
		Mocks.register("contactSteps", new ContactSteps(this.contactService, Clocks.engineClock()));
		Mocks.register("inTheWindSteps",
				new InTheWindSteps(this.participantService, this.capacityService, this.admissionPolicy));
	}

	@AfterEach
	void tearDown() {
		this.calledProcesses.undeploy();
		Mocks.reset();
		EngineTime.reset();
	}

	@Test
	void theWatchWaitsForTheNextContactOnTheParticipantsCadence() {
		ProcessInstance watch = open();

		assertThat(watch).isWaitingAt(GATEWAY_AWAIT_CONTACT);
		Assertions.assertThat(contactDue()).isEqualTo(this.start.plus(7, ChronoUnit.DAYS));
	}

	@Test
	void aContactWithTheParticipantStartsTheWatchOver() {
		ProcessInstance watch = open();
		this.time.advance(watch.getId(), Duration.ofDays(5));
		nextContactDueIn(Duration.ofDays(7));

		contactRecorded();

		assertThat(watch).isWaitingAt(GATEWAY_AWAIT_CONTACT);
		Assertions.assertThat(contactDue()).isEqualTo(this.start.plus(12, ChronoUnit.DAYS));
	}

	@Test
	void whenTheTimerFindsNoContactOverdueTheWatchGoesOn() {
		ProcessInstance watch = open();
		when(this.cadence.contactOverdue(PARTICIPANT)).thenReturn(false);
		when(this.cadence.nextContactDue(PARTICIPANT)).thenReturn(this.start.plus(9, ChronoUnit.DAYS));

		this.time.advance(watch.getId(), Duration.ofDays(7));

		assertThat(watch).isWaitingAt(GATEWAY_AWAIT_CONTACT);
		Assertions.assertThat(watchTasks(watch)).isEmpty();
	}

	@Test
	void anOverdueContactGivesTheCaseManagerATaskThatTheContactCompletes() {
		ProcessInstance watch = overdue();

		assertThat(watchTask(watch)).hasName("Contact overdue — Jane D.")
			.isAssignedTo("casey")
			.hasDueDate(Date.from(this.start.plus(8, ChronoUnit.DAYS)));

		nextContactDueIn(Duration.ofDays(7));
		complete(watchTask(watch), contactForm(true));

		ArgumentCaptor<NewContact> contact = ArgumentCaptor.forClass(NewContact.class);
		verify(this.contactService).record(contact.capture(), anyString());
		Assertions.assertThat(contact.getValue())
			.isEqualTo(new NewContact(PARTICIPANT, null, Instant.parse("2026-11-30T15:30:00Z"), ContactPlace.SHELTER,
					true, "Talked about the ID appointment"));
		assertThat(watch).isWaitingAt(GATEWAY_AWAIT_CONTACT)
			.variables()
			.doesNotContainKeys("contactOccurredAt", "contactPlace", "contactWithParticipant", "contactNote");
	}

	@Test
	void anAttemptWithoutTheParticipantKeepsTheContactOverdue() {
		ProcessInstance watch = overdue();

		complete(watchTask(watch), contactForm(false));

		assertThat(watch).isWaitingAt(TASK_MAKE_OVERDUE_CONTACT);
		Assertions.assertThat(watchTasks(watch)).hasSize(1);
	}

	@Test
	void aContactRecordedFromAPhoneClosesTheOverdueTask() {
		ProcessInstance watch = overdue();

		contactRecorded();

		assertThat(watch).isWaitingAt(GATEWAY_AWAIT_CONTACT);
		Assertions.assertThat(watchTasks(watch)).isEmpty();
	}

	@Test
	void missedContactsPastTheThresholdPutTheParticipantInTheWindAndOutreachSeeksThem() {
		ProcessInstance watch = inTheWind();

		verify(this.participantService).markInTheWind(PARTICIPANT);
		ProcessInstance search = this.calledProcesses.running("outreach", watch.getId());
		assertThat(search).variables()
			.containsEntry("outreachReason", "IN_THE_WIND")
			.containsEntry("participantId", PARTICIPANT);
		Assertions.assertThat(watchTasks(watch)).as("the overdue task gave way to outreach").isEmpty();
		verify(this.capacityService, never()).release(7L);
	}

	@Test
	void aSightingBringsTheParticipantBackAndTheCaseManagerReconnects() {
		ProcessInstance watch = inTheWind();
		ProcessInstance search = this.calledProcesses.running("outreach", watch.getId());

		correlate(MESSAGE_PARTICIPANT_SIGHTED);

		assertThat(search).isEnded();
		verify(this.participantService).reEngage(PARTICIPANT);
		assertThat(watch).isWaitingAt(TASK_REINSTATE_SLOT);
		this.time.runDue(watch.getId());
		verify(this.capacityService).reinstate(7L, "casey", this.admissionPolicy);
		assertThat(watchTask(watch)).hasName("Reconnect — Jane D. was seen again")
			.isAssignedTo("casey")
			.hasDueDate(Date.from(EngineTime.now().plus(2, ChronoUnit.DAYS)));

		complete(watchTask(watch), contactForm(true));
		assertThat(watch).isWaitingAt(GATEWAY_AWAIT_CONTACT);
	}

	@Test
	void aContactWhileInTheWindBringsThemBackAndIsTheReconnection() {
		ProcessInstance watch = inTheWind();

		contactRecorded();
		this.time.runDue(watch.getId());

		verify(this.participantService).reEngage(PARTICIPANT);
		assertThat(watch).isWaitingAt(GATEWAY_AWAIT_CONTACT);
		Assertions.assertThat(taskQuery().taskDefinitionKey(TASK_RECONNECT).count()).as("no Reconnect task").isZero();
	}

	@Test
	void outreachFindingThemBringsThemBack() {
		ProcessInstance watch = inTheWind();

		this.calledProcesses.finish(this.calledProcesses.running("outreach", watch.getId()), Map.of());
		this.time.runDue(watch.getId());

		assertThat(watch).isWaitingAt(TASK_RECONNECT);
	}

	@Test
	void aContactRecordedElsewhereClosesTheReconnectTask() {
		ProcessInstance watch = inTheWind();
		correlate(MESSAGE_PARTICIPANT_SIGHTED);
		this.time.runDue(watch.getId());

		contactRecorded();

		assertThat(watch).isWaitingAt(GATEWAY_AWAIT_CONTACT);
	}

	@Test
	void pastTheInactiveThresholdASupervisorKeepsTheSlotWhileOutreachGoesOn() {
		ProcessInstance watch = inTheWind();

		this.time.advance(watch.getId(), Duration.ofDays(90));

		verify(this.participantService).markInactive(PARTICIPANT);
		assertThat(watch).isWaitingAt(TASK_DECIDE_INACTIVE_SLOT, CALL_SEEK_IN_THE_WIND);
		assertThat(watchTask(watch)).hasName("Inactive — Jane D.: keep the caseload slot?")
			.hasCandidateGroup("supervisors");
		complete(watchTask(watch), Map.of("slotDecision", "KEEP"));

		assertThat(watch).hasPassed(END_SLOT_KEPT).isWaitingAt(CALL_SEEK_IN_THE_WIND);
		verify(this.capacityService, never()).release(7L);
	}

	@Test
	void aSlotFreedWhileInactiveIsGivenBackWhenTheParticipantReturns() {
		ProcessInstance watch = inTheWind();
		this.time.advance(watch.getId(), Duration.ofDays(90));

		complete(watchTask(watch), Map.of("slotDecision", "RELEASE"));
		assertThat(watch).hasPassed(END_SLOT_RELEASED);
		verify(this.capacityService).release(7L);

		correlate(MESSAGE_PARTICIPANT_SIGHTED);
		this.time.runDue(watch.getId());
		verify(this.capacityService).reinstate(7L, "casey", this.admissionPolicy);
		assertThat(watch).isWaitingAt(TASK_RECONNECT);
	}

	@Test
	void aReturnWhileTheSlotDecisionIsOpenWithdrawsIt() {
		ProcessInstance watch = inTheWind();
		this.time.advance(watch.getId(), Duration.ofDays(90));

		correlate(MESSAGE_PARTICIPANT_SIGHTED);

		Assertions.assertThat(taskQuery().taskDefinitionKey(TASK_DECIDE_INACTIVE_SLOT).count()).isZero();
		verify(this.capacityService, never()).release(7L);
	}

	/** The one open task of the contact watch (the main path has tasks of its own). */
	private static Task watchTask(ProcessInstance watch) {
		List<Task> tasks = watchTasks(watch);
		Assertions.assertThat(tasks).hasSize(1);
		return tasks.get(0);
	}

	private static List<Task> watchTasks(ProcessInstance watch) {
		return taskQuery().processInstanceId(watch.getId())
			.list()
			.stream()
			.filter(task -> WATCH_TASKS.contains(task.getTaskDefinitionKey()))
			.toList();
	}

	private Instant contactDue() {
		return managementService().createJobQuery()
			.processInstanceId(this.watchId)
			.activityId(TIMER_CONTACT_DUE)
			.singleResult()
			.getDuedate()
			.toInstant();
	}

	private ProcessInstance overdue() {
		ProcessInstance watch = open();
		when(this.cadence.contactOverdue(PARTICIPANT)).thenReturn(true);
		this.time.advance(watch.getId(), Duration.ofDays(7));
		assertThat(watch).isWaitingAt(TASK_MAKE_OVERDUE_CONTACT);
		return watch;
	}

	private ProcessInstance inTheWind() {
		ProcessInstance watch = overdue();
		this.time.advance(watch.getId(), Duration.ofDays(7));
		assertThat(watch).hasPassed(BOUNDARY_IN_THE_WIND).isWaitingAt(CALL_SEEK_IN_THE_WIND);
		return watch;
	}

	/** From now on, a contact is next due this long after each look at the cadence. */
	private void nextContactDueIn(Duration frequency) {
		when(this.cadence.nextContactDue(PARTICIPANT)).thenAnswer(invocation -> EngineTime.now().plus(frequency));
	}

	private void contactRecorded() {
		correlate(MESSAGE_CONTACT_RECORDED);
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

	@Test
	void aCrisisTightensTheCadenceAtOnce() {
		ProcessInstance watch = open();
		this.time.advance(watch.getId(), Duration.ofDays(2));
		nextContactDueIn(Duration.ofDays(1));

		runtimeService().createMessageCorrelation(MESSAGE_CRISIS_REPORTED)
			.processInstanceVariableEquals("participantId", PARTICIPANT)
			.correlateAll();

		assertThat(watch).isWaitingAt(GATEWAY_AWAIT_CONTACT);
		Assertions.assertThat(contactDue())
			.as("the watch looked again at the cadence")
			.isEqualTo(this.start.plus(3, ChronoUnit.DAYS));
	}

	@Test
	void aDueContactForAParticipantGoneFromTheProgramEndsTheWatch() {
		ProcessInstance watch = open();
		when(this.cadence.kept(PARTICIPANT)).thenReturn(false);

		this.time.advance(watch.getId(), Duration.ofDays(7));

		assertThat(watch).hasPassed(END_PARTICIPANT_GONE).isEnded();
		Assertions.assertThat(taskQuery().processInstanceId(watch.getId()).count()).isZero();
	}

	private ProcessInstance open() {
		ProcessInstance watch = runtimeService().startProcessInstanceByKey(KEY, "R-00007",
				Map.of("participantId", PARTICIPANT, "enrollmentId", 7L, "participantName", "Jane D.", "caseNumber",
						"R-00007", "caseManagerId", "casey"));
		this.watchId = watch.getId();
		return watch;
	}

}
