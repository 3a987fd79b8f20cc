package org.waypoint.engagement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.support.WaypointIntegrationTest.DEMO_PASSWORD;

import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waypoint.capacity.CapacityService;
import org.waypoint.capacity.Caseload;
import org.waypoint.participant.ParticipantService;
import org.waypoint.participant.ParticipantStatus;
import org.waypoint.referral.Door;
import org.waypoint.referral.ReferralService;
import org.waypoint.support.CaseloadFixture;
import org.waypoint.support.EngineTime;
import org.waypoint.support.ParticipantJourney;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * Field staff's REST calls around a participant: contacts from a phone, the audited
 * record, partners' sightings of their own referrals, an early exit. Bad input gets a 400
 * that names the field, and nothing is written.
 */
@WaypointIntegrationTest
class ContactApiIT {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ProcessEngine engine;

	@Autowired
	ReferralService referralService;

	@Autowired
	ParticipantService participantService;

	@Autowired
	CapacityService capacity;

	@Autowired
	IdentityService identityService;

	@Autowired
	JdbcTemplate jdbc;

	private ParticipantJourney journey;

	@BeforeEach
	void anActiveParticipant() {
		CaseloadFixture.onlyCaseManagersHolding(this.engine, this.jdbc, this.capacity, Map.of("cm-api", 2));
		this.journey = ParticipantJourney
			.refer(this.engine, this.referralService, this.participantService, Door.COMMUNITY, "Lena",
					"Marsh-" + UUID.randomUUID())
			.screenEligible(true)
			.takeIn();
	}

	@Test
	void aCaseManagerLogsAContactFromAPhoneAndReadsItBack() {
		ResponseEntity<Map> created = as("casey").postForEntity(contacts(), Map.of("place", "FIELD", "withParticipant",
				true, "note", "Met at the riverside camp, talked about detox"), Map.class);

		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(created.getBody()).containsEntry("place", "FIELD")
			.containsEntry("withParticipant", true)
			.containsEntry("staffUserId", "casey")
			.containsEntry("recordedBy", "casey");

		ResponseEntity<List> listed = as("casey").getForEntity(contacts(), List.class);
		assertThat(listed.getBody()).hasSize(1);
		assertThat(audited("casey")).contains("contacts");
	}

	@Test
	void badContactsAreRefusedWithTheFieldToFixAndNothingIsWritten() {
		Map<String, Object> noPlace = new HashMap<>(Map.of("withParticipant", true));
		Map<String, Object> future = Map.of("place", "OFFICE", "withParticipant", true, "occurredAt",
				EngineTime.now().plus(2, ChronoUnit.DAYS).toString());

		assertRefused(as("casey").postForEntity(contacts(), noPlace, Map.class), "place is required");
		assertRefused(as("casey").postForEntity(contacts(), Map.of("place", "OFFICE"), Map.class),
				"withParticipant is required (true or false)");
		assertRefused(as("casey").postForEntity(contacts(), future, Map.class), "is in the future");
		assertRefused(
				as("casey").postForEntity(contacts(), Map.of("place", "PARK", "withParticipant", true), Map.class),
				"place must be one of FIELD, OFFICE, PHONE, JAIL, HOSPITAL, SHELTER, not 'PARK'");

		assertThat(this.jdbc.queryForObject("select count(*) from contact where participant_id = ?", Integer.class,
				this.journey.participantId()))
			.isZero();
	}

	@Test
	void anUnknownParticipantIsNotFound() {
		ResponseEntity<Map> response = as("casey").postForEntity("/api/participants/999999/contacts",
				Map.of("place", "FIELD", "withParticipant", true), Map.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(response.getBody()).containsEntry("error", "No participant 999999");
	}

	@Test
	void partnersNeitherLogContactsNorReadRecords() {
		assertThat(as("rita").postForEntity(contacts(), Map.of("place", "FIELD", "withParticipant", true), Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(as("rita").getForEntity(record(), Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(as("paul").getForEntity(record(), Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void everyReadOfTheRecordIsAudited() {
		ResponseEntity<Map> read = as("sam").getForEntity(record(), Map.class);

		assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(read.getBody()).containsEntry("firstName", "Lena")
			.containsEntry("status", "ACTIVE")
			.containsEntry("caseManager", "cm-api");
		assertThat(audited("sam")).containsExactly("participant record");

		ResponseEntity<Map> byCaseNumber = as("sam")
			.getForEntity("/api/participants?caseNumber=" + this.journey.caseNumber().toLowerCase(), Map.class);
		assertThat(byCaseNumber.getBody()).containsEntry("id", (int) this.journey.participantId());
		assertThat(audited("sam")).hasSize(2);
	}

	@Test
	void aPartnerReportsSightingsOfTheirOwnReferralsOnly() {
		ensurePartner("rory");
		String sightings = "/api/referrals/" + this.journey.referral().getId() + "/sightings";
		Map<String, String> sighting = Map.of("seenAt", EngineTime.now().toString(), "place", "Transit center");

		assertThat(this.rest.withBasicAuth("rory", DEMO_PASSWORD)
			.postForEntity(sightings, sighting, Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertRefused(as("rita").postForEntity(sightings, Map.of("seenAt", EngineTime.now().toString()), Map.class),
				"place is required");
		assertThat(as("rita").postForEntity(sightings, sighting, Map.class).getStatusCode())
			.isEqualTo(HttpStatus.CREATED);
	}

	@Test
	void anEarlyExitEndsTheEnrollmentAndFreesTheSlot() {
		String exit = "/api/participants/" + this.journey.participantId() + "/exit";
		assertThat(caseload()).isEqualTo(3);

		// a supervisor: the participant's own case manager (cm-api) has no demo login
		assertRefused(as("sam").postForEntity(exit, Map.of("reason", "STEP_DOWN"), Map.class), "reason must be one of");
		assertThat(as("sam").postForEntity(exit, Map.of("reason", "MOVED_AWAY"), Map.class).getStatusCode())
			.isEqualTo(HttpStatus.ACCEPTED);

		assertThat(this.participantService.get(this.journey.participantId()).getStatus())
			.isEqualTo(ParticipantStatus.EXITED);
		assertThat(caseload()).isEqualTo(2);
		assertThat(this.journey.lifecycle()).isNull();
		ResponseEntity<Map> again = as("sam").postForEntity(exit, Map.of("reason", "MOVED_AWAY"), Map.class);
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
	}

	private void assertRefused(ResponseEntity<Map> response, String problem) {
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((List<String>) response.getBody().get("problems"))
			.anySatisfy(found -> assertThat(found).contains(problem));
	}

	private List<String> audited(String actor) {
		return this.jdbc.queryForList(
				"select detail from audit_event where actor = ? and participant_id = ? and action = 'PARTICIPANT_RECORD_READ' order by id",
				String.class, actor, this.journey.participantId());
	}

	private void ensurePartner(String userId) {
		if (this.identityService.createUserQuery().userId(userId).count() == 0) {
			User user = this.identityService.newUser(userId);
			user.setPassword(DEMO_PASSWORD);
			this.identityService.saveUser(user);
			this.identityService.createMembership(userId, "referral-partners");
		}
	}

	private long caseload() {
		return this.capacity.caseloads().stream().mapToLong(Caseload::participants).sum();
	}

	private String contacts() {
		return "/api/participants/" + this.journey.participantId() + "/contacts";
	}

	private String record() {
		return "/api/participants/" + this.journey.participantId();
	}

	private TestRestTemplate as(String user) {
		return this.rest.withBasicAuth(user, DEMO_PASSWORD);
	}

}
