package org.waypoint.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.support.WaypointIntegrationTest.DEMO_PASSWORD;

import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waypoint.capacity.CapacityService;
import org.waypoint.referral.Door;
import org.waypoint.referral.ReferralService;
import org.waypoint.support.CaseloadFixture;
import org.waypoint.support.EngineTime;
import org.waypoint.support.ParticipantJourney;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * Changes that end or narrow a case (exit, step-down, releases and their revocation, a
 * handoff) are for the participant's own case manager, supervisors and program admins;
 * another case manager gets 403 and the attempt is audited. Contacts stay open to all
 * staff.
 */
@WaypointIntegrationTest
class CaseChangesIT {

	private static final String COLLEAGUE = "cm-colleague";

	private static final String PASSWORD = "Colleague-password-1";

	@Autowired
	ProcessEngine engine;

	@Autowired
	IdentityService identityService;

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

	private long participantId;

	@BeforeEach
	void caseyHoldsTheParticipantAndAColleagueDoesNot() {
		User colleague = this.identityService.newUser(COLLEAGUE);
		colleague.setPassword(PASSWORD);
		this.identityService.saveUser(colleague);
		this.identityService.createMembership(COLLEAGUE, "case-managers");
		CaseloadFixture.onlyCaseManagersHolding(this.engine, this.jdbc, this.capacity, Map.of("casey", 2));
		this.participantId = ParticipantJourney
			.refer(this.engine, this.referralService, this.participantService, Door.COMMUNITY, "Owen",
					"Owned-" + UUID.randomUUID())
			.screenEligible(true)
			.takeIn()
			.participantId();
	}

	@AfterEach
	void colleagueLeaves() {
		this.identityService.deleteUser(COLLEAGUE);
	}

	@Test
	void anotherCaseManagerCannotEndOrNarrowTheCase() {
		long release = ((Number) recordRelease("casey", DEMO_PASSWORD).getBody().get("id")).longValue();

		assertRefused(post(COLLEAGUE, PASSWORD, "/exit", Map.of("reason", "MOVED_AWAY")));
		assertRefused(post(COLLEAGUE, PASSWORD, "/step-down", Map.of()));
		assertRefused(recordRelease(COLLEAGUE, PASSWORD));
		assertRefused(this.rest.withBasicAuth(COLLEAGUE, PASSWORD)
			.postForEntity("/api/releases/" + release + "/revocation", null, Map.class));
		assertRefused(post(COLLEAGUE, PASSWORD, "/handoffs", Map.of("serviceType", "HOUSING")));

		assertThat(this.participantService.get(this.participantId).getStatus()).isNotEqualTo(ParticipantStatus.EXITED);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from release_of_information where participant_id = ? and revoked_at is null",
				Integer.class, this.participantId))
			.isOne();
		assertThat(this.jdbc.queryForObject("select count(*) from handoff where participant_id = ?", Integer.class,
				this.participantId))
			.isZero();
		assertThat(this.jdbc.queryForList(
				"select detail from audit_event where participant_id = ? and actor = ? and action = 'CASE_CHANGE_REFUSED'",
				String.class, this.participantId, COLLEAGUE))
			.containsExactlyInAnyOrder("exit", "step-down", "release of information",
					"revocation of release " + release, "handoff");
	}

	@Test
	void theirOwnCaseManagerSupervisorsAndProgramAdminsMay() {
		assertThat(recordRelease("casey", DEMO_PASSWORD).getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(recordRelease("ada", DEMO_PASSWORD).getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(post("sam", DEMO_PASSWORD, "/handoffs", Map.of("serviceType", "HOUSING")).getStatusCode())
			.isEqualTo(HttpStatus.CREATED);
		assertThat(post("casey", DEMO_PASSWORD, "/handoffs", Map.of("serviceType", "BENEFITS_INCOME")).getStatusCode())
			.isEqualTo(HttpStatus.CREATED);
		assertThat(post("casey", DEMO_PASSWORD, "/exit", Map.of("reason", "MOVED_AWAY")).getStatusCode())
			.isEqualTo(HttpStatus.ACCEPTED);
	}

	@Test
	void colleaguesStillRecordContacts() {
		assertThat(post(COLLEAGUE, PASSWORD, "/contacts", Map.of("place", "FIELD", "withParticipant", true))
			.getStatusCode()).isEqualTo(HttpStatus.CREATED);
	}

	private ResponseEntity<Map> recordRelease(String user, String password) {
		return post(user, password, "/releases",
				Map.of("party", "HOUSING_PROVIDER", "partyName", "Harbor Housing", "scopes",
						new String[] { "PARTICIPATION" }, "purpose", "Housing search", "signedOn",
						EngineTime.today().toString(), "explained", true));
	}

	private ResponseEntity<Map> post(String user, String password, String path, Map<String, Object> body) {
		return this.rest.withBasicAuth(user, password)
			.postForEntity("/api/participants/" + this.participantId + path, body, Map.class);
	}

	private static void assertRefused(ResponseEntity<Map> response) {
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat((String) response.getBody().get("error"))
			.startsWith("Only the participant's case manager, a supervisor or a program administrator");
	}

}
