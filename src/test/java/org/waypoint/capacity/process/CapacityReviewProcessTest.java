package org.waypoint.capacity.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.waypoint.capacity.process.CapacityReviewProcess.END_CASELOADS_REVIEWED;
import static org.waypoint.capacity.process.CapacityReviewProcess.END_WITHIN_POLICY;
import static org.waypoint.capacity.process.CapacityReviewProcess.MESSAGE_REVIEW_REQUESTED;
import static org.waypoint.capacity.process.CapacityReviewProcess.TASK_REVIEW_CASELOADS;
import static org.waypoint.capacity.process.CapacityReviewProcess.Variables.STAFFING_ALERT;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.waypoint.capacity.CapacityService;
import org.waypoint.capacity.Caseload;
import org.waypoint.capacity.CaseloadSummary;
import org.waypoint.support.EngineTime;
import org.waypoint.support.ShippedSettings;

@Deployment(
		resources = { "processes/capacity-review.bpmn", "processes/capacity-alert.dmn", "forms/review-caseloads.form" })
class CapacityReviewProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	/** A Sunday: the weekly review is due the next morning, Monday 07:00. */
	private final Instant sunday = Instant.parse("2026-11-22T12:00:00Z");

	private final CapacityService capacityService = mock(CapacityService.class);

	@BeforeEach
	void setUp() {
		ClockUtil.setCurrentTime(Date.from(this.sunday));
		init(engine.getProcessEngine());
		Mocks.register("capacityReviewSchedule", new CapacityReviewSchedule("0 0 7 ? * MON"));
		Mocks.register("summarizeCaseloads", new SummarizeCaseloads(this.capacityService));
	}

	@AfterEach
	void tearDown() {
		Mocks.reset();
		EngineTime.reset();
	}

	@Test
	void weeklyReviewWithinThePolicyEndsQuietly() {
		caseloads(3, 15.0, 20);
		Job schedule = managementService().createJobQuery().timers().singleResult();
		Assertions.assertThat(schedule.getDuedate()).isEqualTo(Date.from(Instant.parse("2026-11-23T07:00:00Z")));

		ClockUtil.setCurrentTime(schedule.getDuedate());
		execute(schedule);

		Assertions.assertThat(
				historyService().createHistoricActivityInstanceQuery().activityId(END_WITHIN_POLICY).finished().count())
			.isOne();
		Assertions.assertThat(managementService().createJobQuery().timers().singleResult().getDuedate())
			.as("the next review")
			.isEqualTo(Date.from(Instant.parse("2026-11-30T07:00:00Z")));
	}

	@Test
	void averageAtThePacingThresholdGivesSupervisorsAReview() {
		caseloads(3, 18.0, 21);

		ProcessInstance review = runtimeService().startProcessInstanceByMessage(MESSAGE_REVIEW_REQUESTED);

		assertThat(review).isWaitingAt(TASK_REVIEW_CASELOADS)
			.variables()
			.hasEntrySatisfying(STAFFING_ALERT,
					alert -> Assertions.assertThat((String) alert).contains("pacing threshold of 18"));
		assertThat(task(review)).hasCandidateGroup("supervisors").hasName("Review caseloads — staffing alert");

		complete(task(review), Map.of("supervisorAction", "RECRUIT"));

		assertThat(review).hasPassed(END_CASELOADS_REVIEWED).isEnded();
	}

	@Test
	void aCaseManagerAtTheCapGivesSupervisorsAReviewWhateverTheAverage() {
		caseloads(4, 12.0, 25);

		ProcessInstance review = runtimeService().startProcessInstanceByMessage(MESSAGE_REVIEW_REQUESTED);

		assertThat(review).isWaitingAt(TASK_REVIEW_CASELOADS)
			.variables()
			.hasEntrySatisfying(STAFFING_ALERT,
					alert -> Assertions.assertThat((String) alert).contains("holds 25 participants"));
	}

	/**
	 * The caseloads now: the largest one holds {@code highest}, none in intensive models.
	 */
	private void caseloads(int caseManagers, double average, int highest) {
		List<Caseload> caseloads = new ArrayList<>(Collections.nCopies(caseManagers - 1, new Caseload("cm", 1)));
		caseloads.add(new Caseload("cm-largest", highest));
		when(this.capacityService.summary()).thenReturn(new CaseloadSummary(caseloads, average, highest, 0));
		when(this.capacityService.standards()).thenReturn(ShippedSettings.caseloadStandards());
	}

}
