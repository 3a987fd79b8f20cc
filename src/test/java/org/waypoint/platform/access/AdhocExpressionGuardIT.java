package org.waypoint.platform.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.support.WaypointIntegrationTest.DEMO_PASSWORD;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * No login can make the engine evaluate an expression of its own choosing (DESIGN.md
 * section 4).
 */
@WaypointIntegrationTest
class AdhocExpressionGuardIT {

	@Autowired
	TestRestTemplate rest;

	@Test
	void expressionAtTheTopOfAnAdhocQueryIsRefusedByTheEngine() {
		ResponseEntity<String> response = query("{\"assigneeExpression\": \"${currentUser()}\"}");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody()).contains("Expressions are forbidden in adhoc queries");
	}

	@Test
	void expressionInsideOrQueriesIsRefusedToo() {
		ResponseEntity<String> response = query(
				"{\"orQueries\": [{\"assigneeExpression\": \"${\\\"\\\".getClass()}\"}]}");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody()).contains("inside orQueries too");
	}

	@Test
	void orQueriesWithoutExpressionsStillWork() {
		ResponseEntity<String> response = query(
				"{\"orQueries\": [{\"assignee\": \"casey\"}, {\"candidateGroup\": \"case-managers\"}]}");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	private ResponseEntity<String> query(String json) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return this.rest.withBasicAuth("casey", DEMO_PASSWORD)
			.postForEntity("/engine-rest/task", new HttpEntity<>(json, headers), String.class);
	}

}
