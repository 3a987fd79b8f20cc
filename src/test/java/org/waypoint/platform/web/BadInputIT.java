package org.waypoint.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.support.WaypointIntegrationTest.DEMO_PASSWORD;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
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
import org.waypoint.participant.ParticipantService;
import org.waypoint.participant.ParticipantStatus;
import org.waypoint.referral.Door;
import org.waypoint.referral.ReferralService;
import org.waypoint.support.CaseloadFixture;
import org.waypoint.support.ParticipantJourney;
import org.waypoint.support.TestLogins;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * Bad input to Waypoint's API, each kind once: a clear 400 (or 415) with the
 * {"error","problems"} body, never a 5xx, and nothing written.
 */
@WaypointIntegrationTest
class BadInputIT {

	private static final String CASE_MANAGER = "cm-input";

	private static final List<String> WRITTEN = List.of("referral", "contact", "handoff", "participant",
			"release_of_information", "crisis");

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

	private long participantId;

	private Map<String, Integer> countsBefore;

	@BeforeEach
	void aParticipantInCaseManagement() {
		CaseloadFixture.onlyCaseManagersHolding(this.engine, this.jdbc, this.capacity,
				Map.of(TestLogins.caseManager(this.identityService, CASE_MANAGER), 3));
		this.participantId = ParticipantJourney
			.refer(this.engine, this.referralService, this.participantService, Door.COMMUNITY, "Bea",
					"Input-" + UUID.randomUUID())
			.screenEligible(true)
			.takeIn()
			.participantId();
		this.countsBefore = rowCounts();
	}

	@Test
	void aNulCharacterInAnyTextIsRefused() {
		assertRefused(post("/api/referrals", """
				{"door": "COMMUNITY", "firstName": "Nul", "lastName": "Char", "reason": "asked for help\\u0000"}"""),
				"reason must not contain control characters (such as NUL)");
		assertRefused(post(participant("/contacts"), """
				{"place": "FIELD", "withParticipant": true, "note": "\\u0000"}"""),
				"note must not contain control characters (such as NUL)");
	}

	@Test
	void aValueLongerThanItsFieldIsRefused() {
		String megabyte = "x".repeat(1 << 20);
		assertRefused(
				post(participant("/handoffs"),
						"{\"serviceType\": \"HOUSING\", \"providerName\": \"" + megabyte + "\"}"),
				"providerName must be at most 200 characters");
	}

	@Test
	void aKeyGivenTwiceIsRefused() {
		assertRefused(post(participant("/exit"), """
				{"reason": "MOVED_AWAY", "reason": "DIED"}"""), "the body is not valid JSON: Duplicate field 'reason'");
		assertThat(this.participantService.get(this.participantId).getStatus()).isNotEqualTo(ParticipantStatus.EXITED);
	}

	@Test
	void anEnumSentAsANumberIsRefused() {
		ResponseEntity<Map> refused = post(participant("/exit"), "{\"reason\": 3}");

		assertRefused(refused, null);
		assertThat(problems(refused)).singleElement().asString().startsWith("reason must be one of ");
		assertThat(this.participantService.get(this.participantId).getStatus()).isNotEqualTo(ParticipantStatus.EXITED);
	}

	@Test
	void datesOutsideTheYears1900To9999AreRefused() {
		for (String dateOfBirth : List.of("0000-01-01", "-0001-06-30", "1899-12-31")) {
			assertRefused(post("/api/referrals", """
					{"door": "COMMUNITY", "firstName": "Old", "lastName": "Date", "dateOfBirth": "%s"}"""
				.formatted(dateOfBirth)), null);
		}
		assertRefused(post(participant("/contacts"), """
				{"place": "FIELD", "withParticipant": true, "occurredAt": "0000-06-01T10:00:00Z"}"""),
				"occurredAt must be in the years 1900 to 9999, not 0000-06-01T10:00:00Z");
	}

	@Test
	void aContactIsNotAttributedToALoginThatDoesNotExist() {
		assertRefused(post(participant("/contacts"), """
				{"place": "FIELD", "withParticipant": true, "staffUserId": "nobody-here"}"""),
				"staffUserId 'nobody-here' is not a staff login");
		assertRefused(post(participant("/contacts"), """
				{"place": "FIELD", "withParticipant": true, "staffUserId": "rita"}"""),
				"staffUserId 'rita' is not a staff login");
	}

	@Test
	void aPathWithAMatrixParameterIsRefused() {
		ResponseEntity<Map> refused = this.rest.withBasicAuth("casey", DEMO_PASSWORD)
			.getForEntity("/api/participants/" + this.participantId + ";case=other", Map.class);

		assertRefused(refused, "the path must not carry ';' parameters: send the plain path");
	}

	@Test
	void requestsSpringRefusesCarryTheSameBody() {
		ResponseEntity<Map> notANumber = this.rest.withBasicAuth("casey", DEMO_PASSWORD)
			.getForEntity("/api/participants/abc", Map.class);
		assertRefused(notANumber, "id must be a number, not 'abc'");

		HttpHeaders text = headers("casey");
		text.setContentType(MediaType.TEXT_PLAIN);
		ResponseEntity<Map> notJson = this.rest.exchange(participant("/contacts"), HttpMethod.POST,
				new HttpEntity<>("place=FIELD", text), Map.class);
		assertThat(notJson.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		assertThat(notJson.getBody()).containsEntry("error", "The request was not taken")
			.containsEntry("problems", List.of("the body must be sent as application/json, not text/plain"));
	}

	private String participant(String path) {
		return "/api/participants/" + this.participantId + path;
	}

	private ResponseEntity<Map> post(String path, String json) {
		HttpHeaders headers = headers("sam");
		headers.setContentType(MediaType.APPLICATION_JSON);
		return this.rest.exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), Map.class);
	}

	private static HttpHeaders headers(String user) {
		HttpHeaders headers = new HttpHeaders();
		headers.setBasicAuth(user, DEMO_PASSWORD);
		return headers;
	}

	/** 400 with Waypoint's body (the problem named, when given), nothing written. */
	private void assertRefused(ResponseEntity<Map> response, String problem) {
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody()).containsKeys("error", "problems");
		if (problem != null) {
			assertThat(problems(response)).containsExactly(problem);
		}
		assertThat(rowCounts()).isEqualTo(this.countsBefore);
	}

	private Map<String, Integer> rowCounts() {
		return WRITTEN.stream()
			.collect(Collectors.toMap(table -> table,
					table -> this.jdbc.queryForObject("select count(*) from " + table, Integer.class)));
	}

	@SuppressWarnings("unchecked")
	private static List<String> problems(ResponseEntity<Map> response) {
		return (List<String>) response.getBody().get("problems");
	}

}
