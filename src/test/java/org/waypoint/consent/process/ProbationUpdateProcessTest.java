package org.waypoint.consent.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.waypoint.consent.process.ProbationUpdateProcess.END_NOTHING_SHAREABLE;
import static org.waypoint.consent.process.ProbationUpdateProcess.END_REPLACED;
import static org.waypoint.consent.process.ProbationUpdateProcess.END_UPDATE_SHARED;
import static org.waypoint.consent.process.ProbationUpdateProcess.KEY;
import static org.waypoint.consent.process.ProbationUpdateProcess.MESSAGE_RELEASE_CHANGED;
import static org.waypoint.consent.process.ProbationUpdateProcess.TASK_PREPARE_PROBATION_UPDATE;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

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
import org.waypoint.consent.ConsentService;
import org.waypoint.consent.DisclosureRequest;
import org.waypoint.consent.DisclosureResult;
import org.waypoint.consent.DisclosureScope;
import org.waypoint.consent.ReleaseParty;
import org.waypoint.support.EngineTime;

/**
 * One cycle of the probation update: nothing a release allows makes no task and records
 * the refusal; the form offers what the releases allow and sends it through the consent
 * check; a release that changes sends the open update back to the check; the next cycle
 * replaces it.
 */
@Deployment(resources = { "processes/probation-update.bpmn", "forms/probation-update.form" })
class ProbationUpdateProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	private static final long PARTICIPANT = 70L;

	private final Instant due = Instant.parse("2026-12-01T09:00:00Z");

	private final Instant nextDue = Instant.parse("2027-01-01T09:00:00Z");

	private final ConsentService consentService = mock(ConsentService.class);

	private EngineTime time;

	@BeforeEach
	void setUp() {
		init(engine.getProcessEngine());
		EngineTime.setNow(this.due);
		this.time = EngineTime.of(engine.getProcessEngine());
		when(this.consentService.disclose(any(), any()))
			.thenReturn(new DisclosureResult(true, 9L, "Shared under release 9"));
		Mocks.register("probationUpdateSteps", new ProbationUpdateSteps(this.consentService));
	}

	@AfterEach
	void tearDown() {
		Mocks.reset();
		EngineTime.reset();
	}

	@Test
	void theCaseManagerWritesWhatTheReleaseAllowsAndItIsShared() {
		releasesAllow(DisclosureScope.PARTICIPATION, DisclosureScope.DRUG_TEST_RESULTS);

		ProcessInstance update = start();

		Task form = task(update);
		assertThat(form).hasName("Probation update — Jane D.").isAssignedTo("casey");
		Assertions.assertThat(taskService().getVariablesLocal(form.getId()))
			.containsEntry("maySharePARTICIPATION", true)
			.containsEntry("mayShareTREATMENT_PROGRESS", false)
			.as("drug test results need a release that names substance-use information")
			.containsEntry("mayShareDRUG_TEST_RESULTS", false);
		complete(form, Map.of("probationParticipation", "Attended 7 of 8 check-ins"));

		DisclosureRequest sent = disclosed();
		Assertions.assertThat(sent.party()).isEqualTo(ReleaseParty.PROBATION);
		Assertions.assertThat(sent.scopes()).containsExactly(DisclosureScope.PARTICIPATION);
		Assertions.assertThat(sent.content()).isEqualTo("PARTICIPATION: Attended 7 of 8 check-ins");
		assertThat(update).hasPassed(END_UPDATE_SHARED).isEnded();
	}

	@Test
	void withNothingAReleaseAllowsNoTaskIsMadeAndTheRefusalIsRecorded() {
		releasesAllow(DisclosureScope.SUBSTANCE_USE);
		when(this.consentService.disclose(any(), any()))
			.thenReturn(new DisclosureResult(false, null, "Not shared: the release for PROBATION does not cover"));

		ProcessInstance update = start();

		assertThat(update).hasPassed(END_NOTHING_SHAREABLE).isEnded();
		DisclosureRequest attempt = disclosed();
		Assertions.assertThat(attempt.scopes())
			.containsExactlyInAnyOrderElementsOf(ProbationUpdateSteps.FIELDS.keySet());
		Assertions.assertThat(attempt.content()).isNull();
	}

	@Test
	void anEmptyUpdateAndOneTheCheckRefusesAreSentBackToTheWorker() {
		releasesAllow(DisclosureScope.PARTICIPATION);
		ProcessInstance update = start();

		assertThatThrownBy(() -> complete(task(update), Map.of()))
			.hasMessageContaining("write at least one part of the update");
		when(this.consentService.disclose(any(), any())).thenReturn(
				new DisclosureResult(false, null, "Not shared: no release of information for PROBATION is in force"));
		assertThatThrownBy(() -> complete(task(update), Map.of("probationParticipation", "Attends")))
			.hasMessageContaining("nothing was shared with probation. Not shared: no release of information for "
					+ "PROBATION is in force: empty the parts no release allows now and send the rest");

		assertThat(update).isWaitingAt(TASK_PREPARE_PROBATION_UPDATE);
	}

	@Test
	void aRevokedReleaseSendsTheOpenUpdateBackToTheCheck() {
		releasesAllow(DisclosureScope.PARTICIPATION, DisclosureScope.TREATMENT_PROGRESS);
		ProcessInstance update = start();
		releasesAllow(DisclosureScope.PARTICIPATION);

		releaseChanged();

		Task refreshed = task(update);
		Assertions.assertThat(taskService().getVariablesLocal(refreshed.getId()))
			.containsEntry("maySharePARTICIPATION", true)
			.containsEntry("mayShareTREATMENT_PROGRESS", false);

		releasesAllow();
		when(this.consentService.disclose(any(), any())).thenReturn(new DisclosureResult(false, null, "Not shared"));
		releaseChanged();

		assertThat(update).hasPassed(END_NOTHING_SHAREABLE).isEnded();
	}

	@Test
	void theNextCyclesUpdateReplacesAnOpenOne() {
		releasesAllow(DisclosureScope.PARTICIPATION);
		ProcessInstance update = start();

		this.time.advance(update.getId(), Duration.between(this.due, this.nextDue));

		assertThat(update).hasPassed(END_REPLACED).isEnded();
	}

	private void releasesAllow(DisclosureScope... scopes) {
		Set<DisclosureScope> allowed = EnumSet.noneOf(DisclosureScope.class);
		allowed.addAll(Set.of(scopes));
		when(this.consentService.scopesInForce(PARTICIPANT, ReleaseParty.PROBATION)).thenReturn(allowed);
	}

	private void releaseChanged() {
		runtimeService().createMessageCorrelation(MESSAGE_RELEASE_CHANGED)
			.processInstanceVariableEquals("participantId", PARTICIPANT)
			.correlateAll();
	}

	private DisclosureRequest disclosed() {
		ArgumentCaptor<DisclosureRequest> request = ArgumentCaptor.forClass(DisclosureRequest.class);
		verify(this.consentService).disclose(request.capture(), eq("waypoint"));
		return request.getValue();
	}

	private ProcessInstance start() {
		return runtimeService().startProcessInstanceByKey(KEY, "R-00007",
				Map.of("participantId", PARTICIPANT, "participantName", "Jane D.", "caseNumber", "R-00007",
						"caseManagerId", "casey", "nextUpdateDue", Date.from(this.nextDue)));
	}

}
