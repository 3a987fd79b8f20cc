package org.waypoint.discharge.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.waypoint.discharge.process.FollowUpProcess.END_CHECK_IN_NOT_REACHED;
import static org.waypoint.discharge.process.FollowUpProcess.END_FOLLOW_UP_CLOSED;
import static org.waypoint.discharge.process.FollowUpProcess.END_RETURNED;
import static org.waypoint.discharge.process.FollowUpProcess.KEY;
import static org.waypoint.discharge.process.FollowUpProcess.TASK_CHECK_IN;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import org.waypoint.crisis.CrisisService;
import org.waypoint.discharge.CheckInReport;
import org.waypoint.discharge.FollowUp;
import org.waypoint.discharge.FollowUpService;
import org.waypoint.support.EngineTime;

/**
 * The 90 days after discharge: check-ins on days 7, 30, 60 and 90, a check-in that cannot
 * reach the participant tried again and then recorded as not reached, a crisis that
 * brings them back, and the record closed at the end.
 */
@Deployment(resources = { "processes/post-discharge-follow-up.bpmn", "forms/follow-up-check-in.form",
		"forms/offer-return.form" })
class FollowUpProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	private final Instant discharged = Instant.parse("2026-11-23T09:00:00Z");

	private final FollowUpService followUpService = mock(FollowUpService.class);

	private final CrisisService crisisService = mock(CrisisService.class);

	private EngineTime time;

	private int attempts;

	private final FollowUp record = mock(FollowUp.class);

	@BeforeEach
	void setUp() {
		init(engine.getProcessEngine());
		EngineTime.setNow(this.discharged);
		this.time = EngineTime.of(engine.getProcessEngine());
		when(this.record.getId()).thenReturn(80L);
		when(this.record.getFollowUpWorker()).thenReturn("casey");
		when(this.followUpService.open(70L, "casey")).thenReturn(this.record);
		when(this.followUpService.checkInDays()).thenReturn(List.of(7, 30, 60, 90));
		when(this.followUpService.checkInDue(eq(80L), anyInt()))
			.thenAnswer(invocation -> this.discharged.plus((int) invocation.getArgument(1), ChronoUnit.DAYS));
		when(this.followUpService.retryAfter()).thenReturn(Duration.ofDays(3));
		when(this.followUpService.mayRetry(eq(80L), anyInt())).thenAnswer(invocation -> this.attempts < 3);
		when(this.followUpService.recordCheckIn(eq(80L), anyInt(), any(), anyString())).thenAnswer(invocation -> {
			this.attempts++;
			return null;
		});
		when(this.crisisService.responseDue()).thenAnswer(invocation -> EngineTime.now().plus(4, ChronoUnit.HOURS));
		Mocks.register("followUpSteps", new FollowUpSteps(this.followUpService));
		Mocks.register("followUpCrisisSteps", new FollowUpCrisisSteps(this.crisisService));
	}

	@AfterEach
	void tearDown() {
		Mocks.reset();
		EngineTime.reset();
	}

	@Test
	void fourCheckInsOnTheSitesDaysThenTheRecordCloses() {
		ProcessInstance followUp = start();
		for (int day : List.of(7, 30, 60, 90)) {
			this.time.fireNextTimer(followUp.getId());
			Assertions.assertThat(EngineTime.now()).isEqualTo(this.discharged.plus(day, ChronoUnit.DAYS));
			assertThat(task(followUp)).hasName("Follow-up check-in, day " + day + " — Jane D.").isAssignedTo("casey");
			this.attempts = 0;
			complete(task(followUp), Map.of("checkInReached", "true", "checkInProviderEngaged", "YES",
					"checkInConfirmedWith", "PARTICIPANT"));
		}

		verify(this.followUpService).close(80L, FollowUp.Outcome.COMPLETED);
		assertThat(followUp).hasPassed(END_FOLLOW_UP_CLOSED)
			.isEnded()
			.variables()
			.doesNotContainKeys("checkInProviderEngaged", "checkInNote");
	}

	@Test
	void theSitesFollowUpWorkerMakesTheCheckInsWhereThereIsOne() {
		when(this.record.getFollowUpWorker()).thenReturn("fiona");
		ProcessInstance followUp = start();

		this.time.fireNextTimer(followUp.getId());

		assertThat(task(followUp)).hasName("Follow-up check-in, day 7 — Jane D.").isAssignedTo("fiona");
	}

	@Test
	void aCheckInThatCannotReachThemIsTriedAgainThenRecordedAsNotReached() {
		ProcessInstance followUp = start();
		this.time.fireNextTimer(followUp.getId());

		for (int attempt = 1; attempt <= 3; attempt++) {
			assertThat(task(followUp)).hasName("Follow-up check-in, day 7 — Jane D.");
			complete(task(followUp), Map.of("checkInReached", "false"));
			if (attempt < 3) {
				this.time.advance(followUp.getId(), Duration.ofDays(3));
			}
		}

		assertThat(followUp).hasPassed(END_CHECK_IN_NOT_REACHED);
		Assertions.assertThat(taskQuery().processInstanceId(followUp.getId()).count()).as("waits for day 30").isZero();
		verify(this.followUpService, times(3)).recordCheckIn(eq(80L), eq(7), any(), anyString());
	}

	@Test
	void aCrisisFoundAtACheckInBringsThemBackWithPriority() {
		ProcessInstance followUp = start();
		this.time.fireNextTimer(followUp.getId());

		complete(task(followUp), Map.of("checkInReached", "true", "checkInCrisis", true, "checkInWantsReturn", true,
				"checkInNote", "Relapsed, lost the room"));

		ArgumentCaptor<CheckInReport> report = ArgumentCaptor.forClass(CheckInReport.class);
		verify(this.followUpService).recordCheckIn(eq(80L), eq(7), report.capture(), anyString());
		Assertions.assertThat(report.getValue().crisis()).isTrue();
		verify(this.followUpService).returnToProgram(80L, "waypoint");
		verify(this.followUpService, never()).close(anyLong(), any());
		assertThat(followUp).hasPassed(END_RETURNED).isEnded();
	}

	@Test
	void aCrisisReportedDuringFollowUpOffersAFastReturn() {
		ProcessInstance followUp = start();

		reportCrisis();
		assertThat(task(followUp)).hasName("Crisis during follow-up — Jane D.: offer a fast return")
			.isAssignedTo("casey");
		complete(task(followUp),
				Map.of("crisisWhatWasDone", "Met her at the ER", "crisisResolved", true, "returnWanted", "true"));

		verify(this.followUpService).returnToProgram(80L, "waypoint");
		assertThat(followUp).hasPassed(END_RETURNED).isEnded();
	}

	@Test
	void aCrisisUnansweredInTheResponseTimeGoesToTheSupervisors() {
		ProcessInstance followUp = start();
		reportCrisis();

		this.time.advance(followUp.getId(), Duration.ofHours(4));

		verify(this.crisisService).escalateOpen(70L);
		Task supervisors = taskQuery().taskDefinitionKey("Task_OfferReturnUnanswered").singleResult();
		assertThat(supervisors).hasName("Crisis unanswered during follow-up — Jane D.: offer a fast return")
			.hasCandidateGroup("supervisors");
		complete(supervisors, Map.of("crisisWhatWasDone", "Sam called the clinic", "returnWanted", "true"));
		verify(this.followUpService).returnToProgram(80L, "waypoint");
		assertThat(followUp).hasPassed(END_RETURNED).isEnded();
	}

	@Test
	void aDeclinedReturnLeavesFollowUpGoingOn() {
		ProcessInstance followUp = start();

		reportCrisis();
		complete(task(followUp), Map.of("crisisWhatWasDone", "Called her sister", "returnWanted", "false"));

		verify(this.followUpService, never()).returnToProgram(anyLong(), anyString());
		this.time.fireNextTimer(followUp.getId());
		assertThat(followUp).isWaitingAt(TASK_CHECK_IN);
	}

	private void reportCrisis() {
		runtimeService().createMessageCorrelation("CrisisReported")
			.processInstanceVariableEquals("participantId", 70L)
			.setVariablesLocal(Map.of("crisisId", 60L, "crisisKind", "RELAPSE"))
			.correlateAllWithResult();
	}

	private ProcessInstance start() {
		return runtimeService().startProcessInstanceByKey(KEY, "R-00007", Map.of("participantId", 70L,
				"participantName", "Jane D.", "caseNumber", "R-00007", "caseManagerId", "casey"));
	}

}
