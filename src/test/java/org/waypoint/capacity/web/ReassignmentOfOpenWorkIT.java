package org.waypoint.capacity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.support.WaypointIntegrationTest.DEMO_PASSWORD;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waypoint.capacity.CapacityService;
import org.waypoint.participant.ParticipantService;
import org.waypoint.referral.Door;
import org.waypoint.referral.ReferralService;
import org.waypoint.support.CaseloadFixture;
import org.waypoint.support.ParticipantJourney;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * A supervisor's reassignment moves every open task of the participant that waited on the
 * former case manager, whichever process it belongs to: intake, an outreach search she
 * took on, the assessment, the plan, a warm handoff, a crisis.
 */
@WaypointIntegrationTest
class ReassignmentOfOpenWorkIT {

	private static final String BEFORE = "cm-before";

	private static final String AFTER = "cm-after";

	@Autowired
	ProcessEngine engine;

	@Autowired
	ReferralService referralService;

	@Autowired
	ParticipantService participantService;

	@Autowired
	CapacityService capacity;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyOpenTaskOfTheFormerCaseManagerMoves() {
		CaseloadFixture.onlyCaseManagersHolding(this.engine, this.jdbc, this.capacity, Map.of(BEFORE, 3, AFTER, 10));
		ParticipantJourney sought = journey("Sought").screenEligible(false);
		Task search = sought.task("Task_LocateParticipant");
		this.engine.getTaskService().setAssignee(search.getId(), BEFORE);
		ParticipantJourney assessed = journey("Assessed").screenEligible(true).takeIn().releases();
		ParticipantJourney planned = journey("Planned").screenEligible(true).takeIn().releases().assess(false, "NONE");
		ParticipantJourney handedOff = journey("Handed").screenEligible(true)
			.takeIn()
			.releases()
			.assess(false, "NONE")
			.planApproved("HOUSING");
		assertThat(this.rest.withBasicAuth("casey", DEMO_PASSWORD)
			.postForEntity("/api/participants/" + handedOff.participantId() + "/crises",
					Map.of("kind", "RELAPSE", "description", "Used again after the eviction notice"), Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		Map<ParticipantJourney, List<String>> openWork = Map.of(sought,
				List.of("Task_ConductIntake", "Task_LocateParticipant"), assessed,
				List.of("Task_AssessRiskNeedsResponsivity"), planned, List.of("Task_DraftCasePlan"), handedOff,
				List.of("Task_ScheduleHandoff", "Task_RespondToCrisis"));
		openWork.forEach((journey, tasks) -> tasks
			.forEach(task -> assertThat(journey.task(task).getAssignee()).as(task).isEqualTo(BEFORE)));

		openWork.keySet().forEach(journey -> assertThat(reassign(journey).getStatusCode()).isEqualTo(HttpStatus.OK));

		openWork.forEach((journey, tasks) -> {
			tasks.forEach(task -> assertThat(journey.task(task).getAssignee()).as(task).isEqualTo(AFTER));
			assertThat(journey.tasks(null)).extracting(Task::getAssignee).doesNotContain(BEFORE);
		});
	}

	private ParticipantJourney journey(String firstName) {
		return ParticipantJourney.refer(this.engine, this.referralService, this.participantService, Door.COMMUNITY,
				firstName, "Moved-" + UUID.randomUUID());
	}

	private ResponseEntity<String> reassign(ParticipantJourney journey) {
		return this.rest.withBasicAuth("sam", DEMO_PASSWORD)
			.exchange("/api/capacity/assignments/" + journey.referral().getId(), HttpMethod.PUT,
					new HttpEntity<>(Map.of("caseManager", AFTER)), String.class);
	}

}
