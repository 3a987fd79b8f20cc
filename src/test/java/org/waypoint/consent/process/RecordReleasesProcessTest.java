package org.waypoint.consent.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.waypoint.consent.process.RecordReleasesProcess.END_RELEASES_RECORDED;
import static org.waypoint.consent.process.RecordReleasesProcess.KEY;
import static org.waypoint.consent.process.RecordReleasesProcess.TASK_RECORD_RELEASE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import org.waypoint.consent.ConsentService;
import org.waypoint.consent.DisclosureScope;
import org.waypoint.consent.NewRelease;
import org.waypoint.consent.ReleaseParty;
import org.waypoint.support.EngineTime;

/** Every path of record-releases: a release signed, another, or none for now. */
@Deployment(resources = { "processes/record-releases.bpmn", "forms/record-release.form" })
class RecordReleasesProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	private static final long PARTICIPANT = 70L;

	private final Instant start = Instant.parse("2026-11-23T09:00:00Z");

	private final ConsentService consentService = mock(ConsentService.class);

	@BeforeEach
	void setUp() {
		init(engine.getProcessEngine());
		EngineTime.setNow(this.start);
		Mocks.register("consentSteps", new ConsentSteps(this.consentService));
	}

	@AfterEach
	void tearDown() {
		Mocks.reset();
		EngineTime.reset();
	}

	@Test
	void theReleasesOfInformationAreRecordedOneByOne() {
		ProcessInstance releases = runtimeService().startProcessInstanceByKey(KEY, "R-00007", Map.of("participantId",
				PARTICIPANT, "participantName", "Jane D.", "caseNumber", "R-00007", "caseManagerId", "casey"));
		Task release = task(releases);
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
		assertThat(releases).isWaitingAt(TASK_RECORD_RELEASE)
			.variables()
			.doesNotContainKeys("releasePartyName", "releaseScopes", "releasePurpose");

		complete(task(releases), Map.of("noRelease", true, "anotherRelease", false));
		assertThat(releases).hasPassed(END_RELEASES_RECORDED).isEnded();
	}

}
