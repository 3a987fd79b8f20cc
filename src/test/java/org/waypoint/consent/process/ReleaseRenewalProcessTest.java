package org.waypoint.consent.process;

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
import static org.waypoint.consent.process.ReleaseRenewalProcess.END_NO_RENEWAL_NEEDED;
import static org.waypoint.consent.process.ReleaseRenewalProcess.GATEWAY_AWAIT_RENEWAL;
import static org.waypoint.consent.process.ReleaseRenewalProcess.END_RELEASE_RENEWED;
import static org.waypoint.consent.process.ReleaseRenewalProcess.END_REVOKED;
import static org.waypoint.consent.process.ReleaseRenewalProcess.END_REVOKED_WHILE_RENEWING;
import static org.waypoint.consent.process.ReleaseRenewalProcess.KEY;
import static org.waypoint.consent.process.ReleaseRenewalProcess.MESSAGE_RELEASE_REVOKED;
import static org.waypoint.consent.process.ReleaseRenewalProcess.TASK_RENEW_RELEASE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.waypoint.consent.ConsentService;
import org.waypoint.support.EngineTime;

/**
 * A release's renewal: asked for 30 days before it expires (the site's lead), renewed or
 * left to lapse; a revocation, before or during the renewal task, calls it off.
 */
@Deployment(resources = { "processes/release-renewal.bpmn", "forms/renew-release.form" })
class ReleaseRenewalProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	private final Instant signed = Instant.parse("2026-11-23T09:00:00Z");

	private final Instant renewalDue = Instant.parse("2027-10-24T00:00:00Z");

	private final Instant expires = Instant.parse("2027-11-23T00:00:00Z");

	private final ConsentService consentService = mock(ConsentService.class);

	private EngineTime time;

	@BeforeEach
	void setUp() {
		init(engine.getProcessEngine());
		EngineTime.setNow(this.signed);
		this.time = EngineTime.of(engine.getProcessEngine());
		when(this.consentService.renewalWanted(300L)).thenReturn(true);
		Mocks.register("consentSteps", new ConsentSteps(this.consentService));
	}

	@AfterEach
	void tearDown() {
		Mocks.reset();
		EngineTime.reset();
	}

	@Test
	void thirtyDaysBeforeItExpiresTheCaseManagerRenewsIt() {
		ProcessInstance renewal = start();
		this.time.advance(renewal.getId(), Duration.between(this.signed, this.renewalDue).minusMinutes(1));
		assertThat(renewal).isWaitingAt(GATEWAY_AWAIT_RENEWAL);

		this.time.advance(renewal.getId(), Duration.ofMinutes(1));

		assertThat(task(renewal)).hasName("Renew release of information — Jane D., probation")
			.isAssignedTo("casey")
			.hasDueDate(Date.from(this.expires));
		complete(task(renewal), Map.of("releaseRenewed", "true", "releaseExpiresOn", "2028-11-23"));
		verify(this.consentService).renew(300L, LocalDate.of(2028, 11, 23), "waypoint");
		assertThat(renewal).hasPassed(END_RELEASE_RENEWED).isEnded();
	}

	@Test
	void aReleaseLeftToLapseIsNotRenewed() {
		ProcessInstance renewal = start();
		this.time.fireNextTimer(renewal.getId());

		complete(task(renewal), Map.of("releaseRenewed", "false"));

		verify(this.consentService, never()).renew(anyLong(), any(), any());
		assertThat(renewal).hasPassed(END_RELEASE_RENEWED).isEnded();
	}

	@Test
	void aRevokedReleaseAsksForNothing() {
		ProcessInstance renewal = start();

		revoke();

		assertThat(renewal).hasPassed(END_REVOKED).isEnded();
	}

	@Test
	void aRevocationWhileTheRenewalIsOpenWithdrawsTheTask() {
		ProcessInstance renewal = start();
		this.time.fireNextTimer(renewal.getId());

		revoke();

		assertThat(renewal).hasPassed(END_REVOKED_WHILE_RENEWING).isEnded();
	}

	@Test
	void aReleaseNoLongerNeededAsksForNothing() {
		ProcessInstance renewal = start();
		when(this.consentService.renewalWanted(300L)).thenReturn(false);

		this.time.fireNextTimer(renewal.getId());

		assertThat(renewal).hasPassed(END_NO_RENEWAL_NEEDED).isEnded();
	}

	private void revoke() {
		runtimeService().createMessageCorrelation(MESSAGE_RELEASE_REVOKED)
			.processInstanceVariableEquals("releaseId", 300L)
			.correlate();
	}

	private ProcessInstance start() {
		return runtimeService().startProcessInstanceByKey(KEY, "R-00007",
				Map.of("releaseId", 300L, "participantId", 70L, "referralId", 7L, "caseManagerId", "casey",
						"participantName", "Jane D.", "caseNumber", "R-00007", "releasePartyLabel", "probation",
						"renewalDueAt", Date.from(this.renewalDue), "expiresAt", Date.from(this.expires)));
	}

}
