package org.waypoint.capacity.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.waypoint.capacity.process.StaffingReviewProcess.END_STAFFING_REVIEWED;
import static org.waypoint.capacity.process.StaffingReviewProcess.KEY;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.waypoint.support.EngineTime;

/** The supervisors' staffing review: one task, due in a week, with the figures. */
@Deployment(resources = { "processes/staffing-review.bpmn", "forms/review-staffing.form" })
class StaffingReviewProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	private final Instant now = Instant.parse("2026-11-23T09:00:00Z");

	@BeforeEach
	void setUp() {
		init(engine.getProcessEngine());
		EngineTime.setNow(this.now);
	}

	@AfterEach
	void tearDown() {
		EngineTime.reset();
	}

	@Test
	void supervisorsReviewStaffingWithinAWeek() {
		ProcessInstance review = runtimeService().startProcessInstanceByKey(KEY,
				Map.of("acceptancesAboveAverage", 1, "decisionReason", "Accepted: a priority referral"));

		assertThat(task(review)).hasName("Review staffing — caseload average over the limit")
			.hasCandidateGroup("supervisors")
			.hasDueDate(Date.from(this.now.plus(7, ChronoUnit.DAYS)));
		complete(task(review), Map.of("staffingAction", "RECRUIT"));

		assertThat(review).hasPassed(END_STAFFING_REVIEWED).isEnded();
	}

}
