package org.waypoint.crisis.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.waypoint.crisis.process.CrisisResponseProcess.END_CRISIS_RESOLVED;
import static org.waypoint.crisis.process.CrisisResponseProcess.KEY;
import static org.waypoint.crisis.process.CrisisResponseProcess.TASK_FOLLOW_UP_CRISIS;
import static org.waypoint.crisis.process.CrisisResponseProcess.TASK_RESPOND_TO_CRISIS;
import static org.waypoint.crisis.process.CrisisResponseProcess.TASK_RESPOND_TO_UNANSWERED_CRISIS;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.waypoint.crisis.CrisisResponse;
import org.waypoint.crisis.CrisisService;
import org.waypoint.support.EngineTime;

/**
 * Every path of crisis-response: answered by the case manager in time, unanswered and
 * taken over by the supervisors, an arrest told to the justice partners, and a crisis
 * followed up until it is resolved.
 */
@Deployment(resources = { "processes/crisis-response.bpmn", "forms/respond-to-crisis.form" })
class CrisisResponseProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	private final CrisisService crisisService = mock(CrisisService.class);

	private EngineTime time;

	@BeforeEach
	void setUp() {
		init(engine.getProcessEngine());
		EngineTime.setNow(Instant.parse("2026-11-25T09:00:00Z"));
		this.time = EngineTime.of(engine.getProcessEngine());
		Mocks.register("crisisSteps", new CrisisSteps(this.crisisService));
		when(this.crisisService.responseDue()).thenAnswer(invocation -> EngineTime.now().plus(4, ChronoUnit.HOURS));
		when(this.crisisService.followUpDue()).thenAnswer(invocation -> EngineTime.now().plus(1, ChronoUnit.DAYS));
	}

	@AfterEach
	void tearDown() {
		Mocks.reset();
		EngineTime.reset();
	}

	@Test
	void theCaseManagerAnswersACrisisInTime() {
		ProcessInstance crisis = report("RELAPSE");

		assertThat(crisis).isWaitingAt(TASK_RESPOND_TO_CRISIS);
		Task respond = task(crisis);
		assertThat(respond).hasName("Respond to crisis — Jane D.")
			.isAssignedTo("casey")
			.hasDueDate(Date.from(EngineTime.now().plus(4, ChronoUnit.HOURS)));
		complete(respond, Map.of("crisisWhatWasDone", "Took her to detox intake", "crisisTreatmentResponse",
				"Detox, then outpatient", "crisisResolved", true));

		verify(this.crisisService).respond(60L,
				new CrisisResponse("Took her to detox intake", "Detox, then outpatient", false, true), "waypoint");
		verify(this.crisisService, never()).tellJusticePartners(anyLong(), any());
		assertThat(crisis).hasPassed(END_CRISIS_RESOLVED).isEnded();
	}

	@Test
	void anUnansweredCrisisGoesToTheSupervisorsAndAnUnresolvedOneIsFollowedUp() {
		ProcessInstance crisis = report("ARREST");

		this.time.advance(crisis.getId(), Duration.ofHours(4));

		verify(this.crisisService).escalate(60L);
		assertThat(crisis).isWaitingAt(TASK_RESPOND_TO_UNANSWERED_CRISIS);
		Task unanswered = task(crisis);
		assertThat(unanswered).hasName("Crisis unanswered — Jane D.").hasCandidateGroup("supervisors");
		complete(unanswered, Map.of("crisisWhatWasDone", "Called the jail", "crisisSupervisionInvolved", true));
		verify(this.crisisService).tellJusticePartners(60L, "waypoint");

		assertThat(crisis).isWaitingAt(TASK_FOLLOW_UP_CRISIS);
		Task followUp = task(crisis);
		assertThat(followUp).hasName("Crisis follow-up — Jane D.")
			.hasDueDate(Date.from(EngineTime.now().plus(1, ChronoUnit.DAYS)));
		complete(followUp, Map.of("crisisWhatWasDone", "Released, back at the shelter", "crisisResolved", true));
		assertThat(crisis).hasPassed(END_CRISIS_RESOLVED).isEnded();
	}

	private static ProcessInstance report(String kind) {
		return runtimeService().startProcessInstanceByKey(KEY, "R-00007",
				Map.of("participantId", 70L, "participantName", "Jane D.", "caseNumber", "R-00007", "caseManagerId",
						"casey", "crisisId", 60L, "crisisKind", kind));
	}

}
