package org.waypoint.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.support.WaypointIntegrationTest.DEMO_PASSWORD;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waypoint.capacity.CapacityService;
import org.waypoint.participant.ParticipantService;
import org.waypoint.participant.ParticipantStatus;
import org.waypoint.referral.Door;
import org.waypoint.referral.ReferralService;
import org.waypoint.referral.ReferralStatus;
import org.waypoint.support.CaseloadFixture;
import org.waypoint.support.EngineTime;
import org.waypoint.support.ParticipantJourney;
import org.waypoint.support.TestLogins;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * Source 000's outreach wing on PostgreSQL, end to end: a participant stops showing up,
 * is marked in the wind and sought, and comes back when an officer sees them. Nobody
 * fails out, and the caseload slot is held (or, once inactive and freed, given back) at
 * every step.
 */
@WaypointIntegrationTest
class InTheWindIT {

	private static final String CASE_MANAGER = "cm-wind";

	private static final String COLLEAGUE = "cm-wind-colleague";

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

	private Instant start;

	@BeforeEach
	void oneCaseManagerHoldingThree() {
		CaseloadFixture.onlyCaseManagersHolding(this.engine, this.jdbc, this.capacity, Map.of(CASE_MANAGER, 3));
		this.start = EngineTime.start();
		EngineTime.setNow(this.start);
	}

	@AfterEach
	void realTime() {
		EngineTime.reset();
	}

	@Test
	void missedContactsPutTheParticipantInTheWindAndAnOfficersSightingBringsThemBack() {
		ParticipantJourney marisol = ParticipantJourney
			.refer(this.engine, this.referralService, this.participantService, Door.LAW_ENFORCEMENT_ARREST_DIVERSION,
					"Marisol", "Vega-Wind")
			.screenEligible(true);
		assertThat(marisol.referral().getStatus()).isEqualTo(ReferralStatus.ACCEPTED);
		assertThat(status(marisol)).isEqualTo(ParticipantStatus.ENGAGING);
		assertThat(caseload()).isEqualTo(4);

		marisol.takeIn();
		assertThat(status(marisol)).isEqualTo(ParticipantStatus.ACTIVE);
		assertThat(marisol.referral().getStatus()).isEqualTo(ReferralStatus.ENROLLED);
		assertThat(marisol.running("case-management")).hasSize(1);

		marisol.advance(Duration.ofDays(7));
		Task overdue = marisol.task("Task_MakeOverdueContact");
		assertThat(overdue.getName()).isEqualTo("Contact overdue — Marisol V.");
		assertThat(overdue.getAssignee()).isEqualTo(CASE_MANAGER);
		assertThat(caseload()).isEqualTo(4);

		marisol.advance(Duration.ofDays(7));
		assertThat(status(marisol)).as("14 days without contact").isEqualTo(ParticipantStatus.IN_THE_WIND);
		assertThat(marisol.tasks("Task_MakeOverdueContact")).isEmpty();
		assertThat(marisol.task("Task_LocateParticipant").getName()).isEqualTo("Locate Marisol V. — attempt 1");
		assertThat(caseload()).as("the slot stays held while they are sought").isEqualTo(4);

		attempt(marisol, "Riverside camp");
		marisol.advance(Duration.ofDays(3));
		attempt(marisol, "Day center, library steps");
		marisol.advance(Duration.ofDays(3));
		assertThat(marisol.task("Task_LocateParticipant").getName()).isEqualTo("Locate Marisol V. — attempt 3");
		assertThat(this.engine.getTaskService()
			.getVariableLocal(marisol.task("Task_LocateParticipant").getId(), "whereabouts")
			.toString()).contains("Where to look: Riverside camp, mornings", "searched Day center, library steps");

		ResponseEntity<Map> sighting = this.rest.withBasicAuth("rita", DEMO_PASSWORD)
			.postForEntity("/api/referrals/" + marisol.referral().getId() + "/sightings", Map.of("seenAt",
					EngineTime.now().minus(1, ChronoUnit.HOURS).toString(), "place", "Bus shelter, 5th and Main"),
					Map.class);
		assertThat(sighting.getStatusCode()).isEqualTo(HttpStatus.CREATED);

		assertThat(status(marisol)).isEqualTo(ParticipantStatus.ACTIVE);
		assertThat(marisol.running("outreach")).isEmpty();
		assertThat(this.jdbc.queryForMap("select outcome, closed_at from outreach_episode where participant_id = ?",
				marisol.participantId()))
			.containsEntry("outcome", "STOPPED");
		assertThat(this.jdbc.queryForList(
				"select attempt_number from outreach_attempt where participant_id = ? order by attempt_number",
				Integer.class, marisol.participantId()))
			.containsExactly(1, 2);
		marisol.runDueJobs();
		Task reconnect = marisol.task("Task_Reconnect");
		assertThat(reconnect.getName()).isEqualTo("Reconnect — Marisol V. was seen again");
		assertThat(reconnect.getAssignee()).isEqualTo(CASE_MANAGER);
		assertThat(caseload()).isEqualTo(4);
	}

	@Test
	void anInactiveParticipantsFreedSlotIsGivenBackWhenTheyReturn() {
		ParticipantJourney ray = ParticipantJourney
			.refer(this.engine, this.referralService, this.participantService, Door.COMMUNITY, "Ray", "Okoro-Wind")
			.screenEligible(true)
			.takeIn();
		ray.advance(Duration.ofDays(7)).advance(Duration.ofDays(7));
		assertThat(status(ray)).isEqualTo(ParticipantStatus.IN_THE_WIND);

		ray.advance(Duration.ofDays(90));
		assertThat(status(ray)).isEqualTo(ParticipantStatus.INACTIVE);
		assertThat(caseload()).isEqualTo(4);
		ray.completeAs("sam", ray.task("Task_DecideInactiveSlot"), Map.of("slotDecision", "RELEASE"));
		assertThat(caseload()).as("freed for a new referral").isEqualTo(3);
		assertThat(ray.task("Task_LocateParticipant").getName()).as("still sought").startsWith("Locate Ray O.");

		this.rest.withBasicAuth("casey", DEMO_PASSWORD)
			.postForEntity("/api/participants/" + ray.participantId() + "/contacts",
					Map.of("place", "SHELTER", "withParticipant", true, "note", "Came to the shelter dinner"),
					Map.class);
		ray.runDueJobs();

		assertThat(status(ray)).isEqualTo(ParticipantStatus.ACTIVE);
		assertThat(caseload()).as("the slot is given back").isEqualTo(4);
		assertThat(ray.tasks("Task_Reconnect")).as("the contact is the reconnection: no Reconnect task").isEmpty();
	}

	@Test
	void aReturnerWhoseCaseManagerHasNoRoomGoesToAColleagueAndTheWholeCaseFollows() {
		ParticipantJourney rae = ParticipantJourney
			.refer(this.engine, this.referralService, this.participantService, Door.COMMUNITY, "Rae", "Okoro-Moved")
			.screenEligible(true)
			.takeIn();
		rae.advance(Duration.ofDays(7)).advance(Duration.ofDays(7)).advance(Duration.ofDays(90));
		rae.completeAs("sam", rae.task("Task_DecideInactiveSlot"), Map.of("slotDecision", "RELEASE"));
		this.capacity.setOwnLimit(CASE_MANAGER, (int) caseload());
		TestLogins.caseManager(this.engine.getIdentityService(), COLLEAGUE);
		this.capacity.registerCaseManager(COLLEAGUE);
		this.capacity.setOwnLimit(COLLEAGUE, null);
		try {
			returnAndFollow(rae);
		}
		finally {
			// other test classes' referrals go to whoever is least loaded
			this.jdbc.update("update case_manager set active = false where user_id = ?", COLLEAGUE);
		}
	}

	private void returnAndFollow(ParticipantJourney rae) {
		this.rest.withBasicAuth("casey", DEMO_PASSWORD)
			.postForEntity("/api/participants/" + rae.participantId() + "/contacts",
					Map.of("place", "FIELD", "withParticipant", true, "note", "Back at the camp by the river"),
					Map.class);
		rae.runDueJobs();

		assertThat(CaseloadFixture.caseloadOf(this.capacity, COLLEAGUE)).as("the slot is with the colleague")
			.isEqualTo(1);
		assertThat(rae.caseManager()).as("the participant record").isEqualTo(COLLEAGUE);
		assertThat(this.engine.getRuntimeService()
			.getVariable(rae.running("case-management").get(0).getId(), "caseManagerId"))
			.as("what case management assigns next: reassessments, plan reviews, crises, step-down")
			.isEqualTo(COLLEAGUE);
		assertThat(this.engine.getRuntimeService()
			.getVariable(rae.running("contact-watch").get(0).getId(), "caseManagerId"))
			.as("the contact watch's next task")
			.isEqualTo(COLLEAGUE);
	}

	private void attempt(ParticipantJourney journey, String placesSearched) {
		Map<String, Object> form = new HashMap<>();
		form.put("placesSearched", placesSearched);
		form.put("located", false);
		journey.completeAs("olivia", journey.task("Task_LocateParticipant"), form);
	}

	private ParticipantStatus status(ParticipantJourney journey) {
		return this.participantService.get(journey.participantId()).getStatus();
	}

	private long caseload() {
		return CaseloadFixture.caseloadOf(this.capacity, CASE_MANAGER);
	}

}
