package org.waypoint.referral.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.support.WaypointIntegrationTest.DEMO_PASSWORD;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * The referral partners' REST API: closed-loop status, idempotent, clear about bad input.
 */
@WaypointIntegrationTest
class ReferralApiIT {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RuntimeService runtimeService;

	@Test
	void theApiIsDescribedForPartnersInOpenApi() {
		String description = this.rest.getForObject("/v3/api-docs", String.class);

		assertThat(description).contains("\"/api/referrals\"", "\"/api/referrals/{id}\"", "NewReferral",
				"PRETRIAL_DIVERSION", "\"scheme\":\"basic\"");
	}

	@Test
	void referralWithoutCredentialsIsRefused() {
		ResponseEntity<String> response = this.rest.postForEntity("/api/referrals",
				json(referral("api-anon", "COMMUNITY", "1990-04-21")), String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void partnerSubmitsAReferralAndFollowsItsStatus() {
		ResponseEntity<Map> created = asRita().postForEntity("/api/referrals",
				json(referral("api-1", "LAW_ENFORCEMENT_ARREST_DIVERSION", "1990-04-21")), Map.class);

		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(created.getHeaders().getLocation()).hasToString("/api/referrals/" + created.getBody().get("id"));
		assertThat(created.getBody()).containsEntry("status", "RECEIVED").containsEntry("partnerReference", "api-1");
		String caseNumber = (String) created.getBody().get("caseNumber");
		assertThat(this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey("participant-lifecycle")
			.processInstanceBusinessKey(caseNumber)
			.count()).isOne();

		ResponseEntity<Map> status = asRita().getForEntity(created.getHeaders().getLocation(), Map.class);
		assertThat(status.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(status.getBody()).containsEntry("caseNumber", caseNumber).doesNotContainKey("firstName");
	}

	@Test
	void repeatedSubmissionReturnsTheFirstReferral() {
		var body = json(referral("api-2", "COMMUNITY", "1985-01-02"));
		ResponseEntity<Map> first = asRita().postForEntity("/api/referrals", body, Map.class);
		int referralsBefore = referralCount();

		ResponseEntity<Map> again = asRita().postForEntity("/api/referrals", body, Map.class);

		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(again.getBody().get("id")).isEqualTo(first.getBody().get("id"));
		assertThat(referralCount()).isEqualTo(referralsBefore);
	}

	@Test
	void badInputGetsAClearMessageAndWritesNothing() {
		asRita().postForEntity("/api/referrals", json(referral("api-3", "COMMUNITY", "1985-01-02")), Map.class);
		int referralsBefore = referralCount();
		long processesBefore = this.runtimeService.createProcessInstanceQuery().count();

		assertBadRequest(referral("api-4", null, "1985-01-02"), "door is required");
		assertBadRequest(referral("api-5", "WALK_IN", "1985-01-02"),
				"door must be one of LAW_ENFORCEMENT_ARREST_DIVERSION, LAW_ENFORCEMENT_SOCIAL_CONTACT, COMMUNITY, PRETRIAL_DIVERSION, PROGRAM_RETURN, not 'WALK_IN'");
		assertBadRequest(referral("api-10", "PROGRAM_RETURN", "1985-01-02"),
				"door PROGRAM_RETURN is made by the program itself, from post-discharge follow-up");
		assertBadRequest(referral("api-6", "COMMUNITY", "21/04/1990"), "dateOfBirth has an invalid value '21/04/1990'");
		assertBadRequest(referral("api-7", "COMMUNITY", "2999-01-01"), "dateOfBirth must be in the past");
		Map<String, Object> oversized = referral("api-8", "COMMUNITY", "1985-01-02");
		oversized.put("firstName", "x".repeat(101));
		assertBadRequest(oversized, "firstName size must be between 0 and 100");
		Map<String, Object> otherPerson = referral("api-3", "COMMUNITY", "1985-01-02");
		otherPerson.put("lastName", "Someone-Else");
		assertBadRequest(otherPerson, "partnerReference api-3 already names referral");

		assertThat(referralCount()).isEqualTo(referralsBefore);
		assertThat(this.runtimeService.createProcessInstanceQuery().count()).isEqualTo(processesBefore);
	}

	@Test
	void probationCannotSubmitOrReadReferrals() {
		ResponseEntity<String> submitted = this.rest.withBasicAuth("paul", DEMO_PASSWORD)
			.postForEntity("/api/referrals", json(referral("api-9", "COMMUNITY", "1985-01-02")), String.class);

		assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	private void assertBadRequest(Map<String, Object> body, String expectedProblem) {
		ResponseEntity<String> response = asRita().postForEntity("/api/referrals", json(body), String.class);
		assertThat(response.getStatusCode()).as(expectedProblem).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody()).contains(expectedProblem);
	}

	private TestRestTemplate asRita() {
		return this.rest.withBasicAuth("rita", DEMO_PASSWORD);
	}

	private int referralCount() {
		return this.jdbc.queryForObject("select count(*) from referral", Integer.class);
	}

	private static Map<String, Object> referral(String partnerReference, String door, String dateOfBirth) {
		Map<String, Object> referral = new java.util.HashMap<>();
		referral.put("partnerReference", partnerReference);
		referral.put("door", door);
		referral.put("firstName", "Jane");
		referral.put("lastName", "Doe-" + partnerReference);
		referral.put("dateOfBirth", dateOfBirth);
		referral.put("referringAgency", "Central Precinct");
		referral.put("referringOfficer", "Officer Park #4411");
		referral.put("reason", "Repeated low-level drug possession; agreed to diversion");
		referral.put("contactHints", "Usually near the 5th Street shelter in the mornings");
		return referral;
	}

	private static HttpEntity<Map<String, Object>> json(Map<String, Object> body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

}
