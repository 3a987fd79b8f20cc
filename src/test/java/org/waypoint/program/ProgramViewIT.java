package org.waypoint.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;
import static org.waypoint.support.WaypointIntegrationTest.DEMO_PASSWORD;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waypoint.referral.Door;
import org.waypoint.support.EngineTime;
import org.waypoint.support.Journeys;
import org.waypoint.support.ParticipantJourney;
import org.waypoint.support.TestLogins;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * The program view against a history worked out by hand: two case managers, one holding
 * four, the other taking three referrals (one left before intake) and then declining a
 * fourth at the limits set for them; 24 days later one participant is in the wind, one
 * has a crisis five hours old and unanswered and a release ending in 10 days, one's
 * intake is due in 6 days. Only supervisors and program admins see it.
 */
@WaypointIntegrationTest
class ProgramViewIT {

	private final String holdingFour = "cm-four-" + UUID.randomUUID().toString().substring(0, 6);

	private final String taking = "cm-takes-" + UUID.randomUUID().toString().substring(0, 6);

	@Autowired
	Journeys journeys;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestRestTemplate rest;

	@AfterEach
	void realTime() {
		EngineTime.reset();
	}

	@Test
	@SuppressWarnings("unchecked")
	void caseloadsAndThePeopleAtRiskOfBeingLostAsSupervisorsSeeThem() {
		Instant start = EngineTime.start();
		EngineTime.setNow(start);
		this.journeys.onlyCaseManagersHolding(Map.of(this.holdingFour, 4, this.taking, 0));
		ParticipantJourney wanda = refer(Door.COMMUNITY, "Wanda").screenEligible(true).takeIn();
		ParticipantJourney carl = refer(Door.COMMUNITY, "Carl").screenEligible(true).takeIn();
		ParticipantJourney ines = refer(Door.LAW_ENFORCEMENT_ARREST_DIVERSION, "Ines").screenEligible(true);
		contact(wanda);
		release(carl, "PROBATION", "PARTICIPATION", start.plus(Duration.ofDays(34)));
		release(carl, "SUBSTANCE_USE_PROVIDER", "SUBSTANCE_USE", start.plus(Duration.ofDays(34)));

		Map<String, Object> before = get("sam", "/api/program/caseloads");
		// 7 participants on two full caseloads
		assertThat((double) before.get("average")).isEqualTo(3.5);
		assertThat(before).containsEntry("averageLimit", 20)
			.containsEntry("pacingThreshold", 18)
			.containsEntry("cap", 25)
			.containsEntry("intensiveStandard", 15);
		assertThat((List<Map<String, Object>>) before.get("caseManagers"))
			.extracting(line -> line.get("caseManagerId"), line -> line.get("participants"),
					line -> line.get("ownLimit"))
			.containsExactly(tuple(this.holdingFour, 4, 25), tuple(this.taking, 3, 25));
		long waiting = ((Number) before.get("waitingForScreening")).longValue();

		limit(this.holdingFour, 4);
		limit(this.taking, 3);
		ParticipantJourney dan = refer(Door.COMMUNITY, "Dan");
		assertThat(((Number) get("sam", "/api/program/caseloads").get("waitingForScreening")).longValue())
			.isEqualTo(waiting + 1);
		dan.screenEligible(true);
		String declineReason = this.jdbc.queryForObject(
				"select reason from capacity_decision where referral_id = ? and decision = 'DECLINE'", String.class,
				dan.referral().getId());

		Map<String, Object> after = get("sam", "/api/program/caseloads");
		// own limits of 4 and 3 count as 4/25 + 3/25 = 0.28 full-time case managers
		assertThat((double) after.get("average")).isCloseTo(7 / 0.28, offset(0.001));
		assertThat((List<Map<String, Object>>) after.get("decisionsThisMonth")).containsExactly(
				Map.of("door", "Community", "accepted", 2, "declined", 1, "declineReasons", Map.of(declineReason, 1)),
				Map.of("door", "Law enforcement arrest diversion", "accepted", 1, "declined", 0, "declineReasons",
						Map.of()));

		// 24 days on: Wanda not seen since her first day, Carl seen on day 20 and in
		// crisis
		// for five hours, Ines's intake (30 days for an arrest diversion) due in 6 days
		wanda.advance(Duration.ofDays(7)).advance(Duration.ofDays(7)).advance(Duration.ofDays(6));
		contact(carl);
		wanda.advance(Duration.ofDays(4).minusHours(5));
		assertThat(this.rest.withBasicAuth(this.taking, TestLogins.PASSWORD)
			.postForEntity("/api/participants/" + carl.participantId() + "/crises",
					Map.of("kind", "RELAPSE", "description", "Called from the shelter"), Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		wanda.advance(Duration.ofHours(5));

		Map<String, Object> atRisk = get("sam", "/api/program/at-risk");
		// every enrolled participant is on the lists, whoever holds them: here, ours
		assertThat(rows(atRisk, "inTheWind")).filteredOn(row -> ours(row, wanda, carl, ines))
			.singleElement()
			.satisfies(row -> assertThat(row).containsEntry("caseNumber", wanda.caseNumber())
				.containsEntry("days", 24)
				.containsEntry("caseManager", this.taking + " Test"));
		assertThat(rows(atRisk, "intakesDue")).filteredOn(row -> ours(row, wanda, carl, ines))
			.singleElement()
			.satisfies(row -> assertThat(row).containsEntry("caseNumber", ines.caseNumber())
				.containsEntry("days", 6)
				.containsEntry("detail", "intake due"));
		assertThat(rows(atRisk, "openCrises")).filteredOn(row -> carl.caseNumber().equals(row.get("caseNumber")))
			.singleElement()
			.satisfies(row -> assertThat(row).containsEntry("inTime", false)
				.containsEntry("detail",
						"Crisis (its kind withheld: 42 CFR Part 2), reported 5 hours ago, not answered,"
								+ " past the response time"));
		assertThat(rows(atRisk, "releasesExpiring")).filteredOn(row -> carl.caseNumber().equals(row.get("caseNumber")))
			.as("the substance-use provider's release is not shown (42 CFR Part 2)")
			.singleElement()
			.satisfies(row -> assertThat(row).containsEntry("days", 10)
				.extracting(line -> (String) line.get("detail"))
				.asString()
				.startsWith("Probation release ends"));

		ResponseEntity<String> csv = this.rest.withBasicAuth("sam", DEMO_PASSWORD)
			.getForEntity("/api/program/at-risk/inTheWind.csv", String.class);
		assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
		assertThat(csv.getBody().lines().findFirst()).hasValueSatisfying(
				header -> assertThat(header).startsWith("participantId,caseNumber,name,caseManager,at,days"));
		assertThat(csv.getBody()).contains(wanda.caseNumber() + ",\"Wanda ");

		for (String outsider : List.of("olivia", "casey", "clara")) {
			assertThat(this.rest.withBasicAuth(outsider, DEMO_PASSWORD)
				.getForEntity("/api/program/at-risk", String.class)
				.getStatusCode()).as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
		}
		assertThat(this.rest.withBasicAuth("ada", DEMO_PASSWORD)
			.getForEntity("/api/program/caseloads", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	private ParticipantJourney refer(Door door, String firstName) {
		return this.journeys.refer(door, firstName, "Program-" + UUID.randomUUID().toString().substring(0, 6));
	}

	private void contact(ParticipantJourney journey) {
		assertThat(this.rest.withBasicAuth(this.taking, TestLogins.PASSWORD)
			.postForEntity("/api/participants/" + journey.participantId() + "/contacts",
					Map.of("place", "FIELD", "withParticipant", true, "note", "Checked in"), Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.CREATED);
	}

	private void release(ParticipantJourney journey, String party, String scope, Instant expires) {
		Map<String, Object> release = Map.of("party", party, "partyName", "Officer Diaz", "scopes", List.of(scope),
				"purpose", "Supervision", "signedOn", EngineTime.today().toString(), "expiresOn",
				expires.toString().substring(0, 10), "explained", true);
		assertThat(this.rest.withBasicAuth(this.taking, TestLogins.PASSWORD)
			.postForEntity("/api/participants/" + journey.participantId() + "/releases", release, Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.CREATED);
	}

	private void limit(String caseManager, int limit) {
		assertThat(this.rest.withBasicAuth("sam", DEMO_PASSWORD)
			.exchange("/api/case-managers/" + caseManager + "/limit", HttpMethod.PUT,
					new HttpEntity<>(Map.of("limit", limit)), Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> get(String user, String path) {
		ResponseEntity<Map> response = this.rest.withBasicAuth(user, TestLogins.passwordOf(user))
			.getForEntity(path, Map.class);
		assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

	private static boolean ours(Map<String, Object> row, ParticipantJourney... journeys) {
		return Arrays.stream(journeys).anyMatch(journey -> journey.caseNumber().equals(row.get("caseNumber")));
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> rows(Map<String, Object> atRisk, String list) {
		return (List<Map<String, Object>>) atRisk.get(list);
	}

}
