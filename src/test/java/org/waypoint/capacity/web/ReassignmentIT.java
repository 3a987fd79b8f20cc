package org.waypoint.capacity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.support.WaypointIntegrationTest.DEMO_PASSWORD;

import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waypoint.capacity.CapacityService;
import org.waypoint.capacity.Caseload;
import org.waypoint.participant.ParticipantService;
import org.waypoint.referral.Door;
import org.waypoint.referral.NewReferral;
import org.waypoint.referral.Referral;
import org.waypoint.referral.ReferralService;
import org.waypoint.support.CaseloadFixture;
import org.waypoint.support.Screening;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * A supervisor picks another case manager for an accepted referral, but only one with
 * room.
 */
@WaypointIntegrationTest
class ReassignmentIT {

	@Autowired
	ProcessEngine engine;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	CapacityService capacity;

	@Autowired
	ReferralService referralService;

	@Autowired
	TaskService taskService;

	@Autowired
	ParticipantService participantService;

	@Autowired
	JdbcTemplate jdbc;

	private long referralId;

	@BeforeEach
	void acceptedReferralOnTheLeastLoadedCaseload() {
		CaseloadFixture.onlyCaseManagersHolding(this.engine, this.jdbc, this.capacity,
				Map.of("cm-light", 10, "cm-full", 25, "cm-almost", 24));
		Referral referral = this.referralService
			.submit(new NewReferral(Door.LAW_ENFORCEMENT_ARREST_DIVERSION, "reassign-" + UUID.randomUUID(), "Kim",
					"Nolan", null, null, "Central Precinct", null, null, null), "rita")
			.referral();
		Screening.screen(this.taskService, referral.caseNumber(), Map.of());
		this.referralId = referral.getId();
		assertThat(this.capacity.caseloads()).contains(new Caseload("cm-light", 11));
	}

	@Test
	void supervisorMovesTheParticipantToACaseManagerWithRoomButNotToOneAtTheCap() {
		ResponseEntity<String> toFull = reassign("sam", "cm-full");
		ResponseEntity<String> toAlmost = reassign("sam", "cm-almost");

		assertThat(toFull.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(toFull.getBody()).contains("cm-full has no room");
		assertThat(toAlmost.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(this.capacity.caseloads()).containsExactlyInAnyOrder(new Caseload("cm-light", 10),
				new Caseload("cm-almost", 25), new Caseload("cm-full", 25));
	}

	@Test
	void theIntakeAndTheRecordMoveWithTheParticipant() {
		assertThat(intake().getAssignee()).isEqualTo("cm-light");

		reassign("sam", "cm-almost");

		assertThat(intake().getAssignee()).isEqualTo("cm-almost");
		long participantId = this.participantService.enrollmentOfReferral(this.referralId)
			.orElseThrow()
			.getParticipantId();
		assertThat(this.participantService.get(participantId).getCaseManagerId()).isEqualTo("cm-almost");
	}

	private Task intake() {
		return this.taskService.createTaskQuery()
			.processInstanceBusinessKey(this.referralService.find(this.referralId).orElseThrow().caseNumber())
			.taskDefinitionKey("Task_ConductIntake")
			.singleResult();
	}

	@Test
	void caseManagersCannotMoveParticipants() {
		assertThat(reassign("casey", "cm-almost").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	private ResponseEntity<String> reassign(String user, String caseManager) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return this.rest.withBasicAuth(user, DEMO_PASSWORD)
			.exchange("/api/capacity/assignments/" + this.referralId, HttpMethod.PUT,
					new HttpEntity<>(Map.of("caseManager", caseManager), headers), String.class);
	}

}
