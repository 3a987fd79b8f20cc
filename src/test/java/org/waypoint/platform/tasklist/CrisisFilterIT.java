package org.waypoint.platform.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.support.WaypointIntegrationTest.DEMO_PASSWORD;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waypoint.capacity.CapacityService;
import org.waypoint.participant.ParticipantService;
import org.waypoint.referral.Door;
import org.waypoint.referral.ReferralService;
import org.waypoint.support.CaseloadFixture;
import org.waypoint.support.EngineTime;
import org.waypoint.support.ParticipantJourney;
import org.waypoint.support.TestLogins;
import org.waypoint.support.WaypointIntegrationTest;

/** Every open crisis task is in the Crisis filter, escalated or not. */
@WaypointIntegrationTest
class CrisisFilterIT {

	private static final String CASE_MANAGER = "cm-crisis";

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

	@Autowired
	IdentityService identityService;

	@BeforeEach
	void caseyHasRoom() {
		CaseloadFixture.onlyCaseManagersHolding(this.engine, this.jdbc, this.capacity,
				Map.of(TestLogins.caseManager(this.identityService, CASE_MANAGER), 3));
		EngineTime.setNow(EngineTime.start());
	}

	@AfterEach
	void realTime() {
		EngineTime.reset();
	}

	@Test
	void anEscalatedCrisisStaysInTheCrisisFilter() {
		ParticipantJourney kai = ParticipantJourney
			.refer(this.engine, this.referralService, this.participantService, Door.COMMUNITY, "Kai",
					"Crisis-" + UUID.randomUUID())
			.screenEligible(true)
			.takeIn();
		assertThat(this.rest.withBasicAuth(CASE_MANAGER, TestLogins.PASSWORD)
			.postForEntity("/api/participants/" + kai.participantId() + "/crises", Map.of("kind", "OVERDOSE"),
					Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(crisisTaskNames()).contains("Respond to crisis — Kai C.");

		kai.advance(Duration.ofHours(4));

		assertThat(kai.task("Task_RespondToUnansweredCrisis")).isNotNull();
		assertThat(crisisTaskNames()).contains("Crisis unanswered — Kai C.")
			.doesNotContain("Respond to crisis — Kai C.");
	}

	/** The Crisis filter's tasks, as the demo supervisor's Tasklist lists them. */
	private List<String> crisisTaskNames() {
		List<Map<String, Object>> filters = this.rest.withBasicAuth("sam", DEMO_PASSWORD)
			.getForObject("/engine-rest/filter?name=Crisis", List.class);
		List<Map<String, Object>> tasks = this.rest.withBasicAuth("sam", DEMO_PASSWORD)
			.postForObject("/engine-rest/filter/" + filters.get(0).get("id") + "/list?maxResults=500", Map.of(),
					List.class);
		return tasks.stream().map(task -> (String) task.get("name")).toList();
	}

}
