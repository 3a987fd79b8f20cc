package org.waypoint.engagement.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.waypoint.engagement.process.OutreachProcess.END_PERSON_LOCATED;
import static org.waypoint.engagement.process.OutreachProcess.KEY;
import static org.waypoint.engagement.process.OutreachProcess.TASK_LOCATE_PARTICIPANT;
import static org.waypoint.engagement.process.OutreachProcess.TASK_REVIEW_OUTREACH;
import static org.waypoint.engagement.process.OutreachProcess.TIMER_NEXT_ATTEMPT_DUE;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
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
import org.waypoint.engagement.NewAttempt;
import org.waypoint.engagement.OutreachDecision;
import org.waypoint.engagement.OutreachEpisode;
import org.waypoint.engagement.OutreachOutcome;
import org.waypoint.engagement.OutreachReason;
import org.waypoint.engagement.OutreachService;
import org.waypoint.engagement.Seekers;
import org.waypoint.platform.Clocks;
import org.waypoint.platform.InvalidInputException;
import org.waypoint.support.EngineTime;

/**
 * Every path of the outreach process: attempts on the site's cadence, a supervisor's
 * review after five failures, peer specialists, the lower cadence once inactive, and the
 * two ways it ends (found; stopped by the case). The outreach service is a stand-in that
 * counts attempts as the real one does; its own rules are tested on PostgreSQL.
 */
@Deployment(resources = { "processes/outreach.bpmn", "forms/locate-participant.form", "forms/review-outreach.form" })
class OutreachProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	private static final long PARTICIPANT = 7L;

	private static final long EPISODE = 40L;

	private final Instant start = Instant.parse("2026-11-23T09:00:00Z");

	private final OutreachService outreach = mock(OutreachService.class);

	private final OutreachEpisode episode = mock(OutreachEpisode.class);

	private final List<NewAttempt> attempts = new ArrayList<>();

	private int failedSinceReview;

	private Seekers seekers = Seekers.OUTREACH_STAFF;

	private Duration interval = Duration.ofDays(3);

	private EngineTime time;

	@BeforeEach
	void setUp() {
		EngineTime.setNow(this.start);
		init(engine.getProcessEngine());
		this.time = EngineTime.of(engine.getProcessEngine());
		when(this.episode.getId()).thenReturn(EPISODE);
		when(this.episode.getSeekers()).thenAnswer(invocation -> this.seekers);
		when(this.outreach.open(anyLong(), any())).thenReturn(this.episode);
		when(this.outreach.nextAttemptNumber(EPISODE)).thenAnswer(invocation -> this.attempts.size() + 1);
		when(this.outreach.recordAttempt(eq(EPISODE), any(), any())).thenAnswer(invocation -> {
			NewAttempt attempt = invocation.getArgument(1);
			this.attempts.add(attempt);
			this.failedSinceReview += attempt.located() ? 0 : 1;
			return null;
		});
		when(this.outreach.failedAttemptsSinceReview(EPISODE)).thenAnswer(invocation -> this.failedSinceReview);
		when(this.outreach.reviewDue(EPISODE)).thenAnswer(invocation -> this.failedSinceReview >= 5);
		when(this.outreach.review(eq(EPISODE), any(), any())).thenAnswer(invocation -> {
			this.failedSinceReview = 0;
			OutreachDecision decision = invocation.getArgument(1);
			if (decision == OutreachDecision.HAND_TO_PEER_SPECIALIST) {
				this.seekers = Seekers.PEER_SPECIALISTS;
			}
			if (decision == OutreachDecision.MARK_INACTIVE) {
				this.interval = Duration.ofDays(14);
			}
			return this.episode;
		});
		when(this.outreach.attemptInterval(PARTICIPANT)).thenAnswer(invocation -> this.interval);
		when(this.outreach.whereabouts(EPISODE)).thenReturn("- Where to look: library steps most afternoons");
		Mocks.register("outreachSteps", new OutreachSteps(this.outreach, Clocks.engineClock()));
	}

	@AfterEach
	void tearDown() {
		Mocks.reset();
		EngineTime.reset();
	}

	@Test
	void theFirstAttemptGoesToOutreachAtOnceWithWhatIsKnown() {
		ProcessInstance search = startSearch();

		assertThat(search).isWaitingAt(TASK_LOCATE_PARTICIPANT);
		assertThat(task(search)).hasName("Locate Jane D. — attempt 1")
			.hasCandidateGroup("outreach")
			.hasDueDate(Date.from(this.start.plus(3, ChronoUnit.DAYS)));
		Assertions.assertThat(taskService().getVariableLocal(task(search).getId(), "whereabouts"))
			.isEqualTo("- Where to look: library steps most afternoons");
		verify(this.outreach).open(PARTICIPANT, OutreachReason.BEFORE_INTAKE);
	}

	@Test
	void failedAttemptsRepeatOnTheCadenceUntilThePersonIsFound() {
		ProcessInstance search = startSearch();

		attempt(search, false);
		assertThat(search).isWaitingAt(TIMER_NEXT_ATTEMPT_DUE);
		this.time.advance(search.getId(), Duration.ofDays(3).minusMinutes(1));
		assertThat(search).isWaitingAt(TIMER_NEXT_ATTEMPT_DUE);
		this.time.advance(search.getId(), Duration.ofMinutes(1));
		assertThat(task(search)).hasName("Locate Jane D. — attempt 2");

		attempt(search, false);
		this.time.advance(search.getId(), Duration.ofDays(3));
		assertThat(task(search)).hasName("Locate Jane D. — attempt 3");
		attempt(search, true);

		assertThat(search).hasPassed(END_PERSON_LOCATED).isEnded();
		verify(this.outreach).close(EPISODE, OutreachOutcome.LOCATED);
		Assertions.assertThat(this.attempts).extracting(NewAttempt::located).containsExactly(false, false, true);
		Assertions.assertThat(this.attempts.get(0).placesSearched()).isEqualTo("Library steps, bus shelter on 5th");
	}

	@Test
	void attemptDetailLeavesTheProcessOnceRecorded() {
		ProcessInstance search = startSearch();

		attempt(search, false);

		assertThat(search).variables()
			.doesNotContainKeys("placesSearched", "lastSeenWhere", "whoSaw", "attemptNote")
			.containsEntry("located", false)
			.containsEntry("attemptNumber", 2);
	}

	@Test
	void fiveFailedAttemptsGoToASupervisorWhoKeepsTheSearchGoingWithANewStrategy() {
		ProcessInstance search = startSearch();
		for (int attempt = 1; attempt <= 4; attempt++) {
			attempt(search, false);
			this.time.advance(search.getId(), Duration.ofDays(3));
		}
		assertThat(task(search)).hasName("Locate Jane D. — attempt 5");

		attempt(search, false);

		assertThat(search).isWaitingAt(TASK_REVIEW_OUTREACH);
		assertThat(task(search)).hasName("Review outreach — Jane D., 5 failed attempts")
			.hasCandidateGroup("supervisors")
			.hasDueDate(Date.from(EngineTime.now().plus(2, ChronoUnit.DAYS)));
		complete(task(search), Map.of("outreachDecision", "KEEP_SEEKING", "newStrategy", "Try the river camp at dawn"));
		verify(this.outreach).review(EPISODE, OutreachDecision.KEEP_SEEKING, "Try the river camp at dawn");
		assertThat(search).variables().doesNotContainKey("newStrategy");

		this.time.advance(search.getId(), Duration.ofDays(3));
		assertThat(task(search)).hasName("Locate Jane D. — attempt 6").hasCandidateGroup("outreach");
		attempt(search, true);
		assertThat(search).hasPassed(END_PERSON_LOCATED).isEnded();
	}

	@Test
	void aSupervisorHandsTheSearchToAPeerSpecialist() {
		ProcessInstance search = failFiveTimes();

		complete(task(search), Map.of("outreachDecision", "HAND_TO_PEER_SPECIALIST"));
		this.time.advance(search.getId(), Duration.ofDays(3));

		assertThat(task(search)).hasName("Locate Jane D. — attempt 6").hasCandidateGroup("peer-specialists");
	}

	@Test
	void anInactiveParticipantIsStillSoughtAtTheLowerCadence() {
		ProcessInstance search = failFiveTimes();

		complete(task(search), Map.of("outreachDecision", "MARK_INACTIVE"));

		this.time.advance(search.getId(), Duration.ofDays(13));
		assertThat(search).isWaitingAt(TIMER_NEXT_ATTEMPT_DUE);
		this.time.advance(search.getId(), Duration.ofDays(1));
		assertThat(task(search)).hasName("Locate Jane D. — attempt 6")
			.hasDueDate(Date.from(EngineTime.now().plus(14, ChronoUnit.DAYS)));
		verify(this.outreach).review(EPISODE, OutreachDecision.MARK_INACTIVE, null);
	}

	@Test
	void aReviewWithoutADecisionIsRefusedAndTheTaskStays() {
		ProcessInstance search = failFiveTimes();

		assertThatThrownBy(() -> complete(task(search), Map.of("newStrategy", "Ask at the clinic")))
			.hasRootCauseInstanceOf(InvalidInputException.class)
			.rootCause()
			.hasMessageContaining("outreachDecision is required");

		assertThat(search).isWaitingAt(TASK_REVIEW_OUTREACH);
	}

	@Test
	void aSearchTheCaseNoLongerNeedsIsClosedAsStopped() {
		ProcessInstance search = startSearch();

		runtimeService().deleteProcessInstance(search.getId(), "intake recorded");

		verify(this.outreach).close(EPISODE, OutreachOutcome.STOPPED);
	}

	private ProcessInstance failFiveTimes() {
		ProcessInstance search = startSearch();
		for (int attempt = 1; attempt <= 5; attempt++) {
			attempt(search, false);
			if (attempt < 5) {
				this.time.advance(search.getId(), Duration.ofDays(3));
			}
		}
		assertThat(search).isWaitingAt(TASK_REVIEW_OUTREACH);
		return search;
	}

	private void attempt(ProcessInstance search, boolean located) {
		Map<String, Object> form = new HashMap<>();
		form.put("placesSearched", "Library steps, bus shelter on 5th");
		form.put("lastSeenWhere", "Shelter on Main, two nights ago");
		form.put("whoSaw", "Shelter night staff");
		form.put("located", located);
		form.put("attemptNote", "Left a card with the shelter");
		complete(task(search), form);
	}

	private ProcessInstance startSearch() {
		return runtimeService().startProcessInstanceByKey(KEY, "R-00007", Map.of("participantId", PARTICIPANT,
				"participantName", "Jane D.", "caseNumber", "R-00007", "outreachReason", "BEFORE_INTAKE"));
	}

}
