package org.waypoint.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waypoint.participant.ParticipantService;
import org.waypoint.referral.Door;
import org.waypoint.referral.ReferralService;
import org.waypoint.support.CaseloadFixture;
import org.waypoint.support.ParticipantJourney;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * Acceptances above the average open one staffing review for the supervisors and bring it
 * up to date; the participants' paths go on without waiting for it.
 */
@WaypointIntegrationTest
class StaffingReviewIT {

	@Autowired
	ProcessEngine engine;

	@Autowired
	ReferralService referralService;

	@Autowired
	ParticipantService participantService;

	@Autowired
	CapacityService capacity;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void theAverageIsAboveTwenty() {
		CaseloadFixture.onlyCaseManagersHolding(this.engine, this.jdbc, this.capacity,
				Map.of("cm-busy-1", 21, "cm-busy-2", 21));
		this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey("staffing-review")
			.list()
			.forEach(review -> this.engine.getRuntimeService().deleteProcessInstance(review.getId(), "test setup"));
	}

	@Test
	void oneOpenReviewBroughtUpToDateByEachAcceptanceAboveTheAverage() {
		ParticipantJourney first = priorityReferral("Ada").screenEligible(true);
		ParticipantJourney second = priorityReferral("Bo").screenEligible(true);

		Task review = this.engine.getTaskService()
			.createTaskQuery()
			.taskDefinitionKey("Task_ReviewStaffing")
			.singleResult();
		assertThat(review.getName()).isEqualTo("Review staffing — caseload average over the limit");
		assertThat(this.engine.getTaskService().getVariable(review.getId(), "acceptancesAboveAverage")).isEqualTo(2);
		assertThat((String) this.engine.getTaskService().getVariable(review.getId(), "decisionReason"))
			.startsWith("Accepted");
		assertThat(first.task("Task_ConductIntake")).as("the participant's path does not wait").isNotNull();
		assertThat(second.lifecycle()).isNotNull();

		first.takeIn();
		assertThat(first.running("case-management")).hasSize(1);
	}

	private ParticipantJourney priorityReferral(String firstName) {
		return ParticipantJourney.refer(this.engine, this.referralService, this.participantService,
				Door.LAW_ENFORCEMENT_ARREST_DIVERSION, firstName, "Staffing-" + UUID.randomUUID());
	}

}
