package org.waypoint.platform.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.support.WaypointIntegrationTest.DEMO_PASSWORD;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.waypoint.support.WaypointIntegrationTest;

@WaypointIntegrationTest
class EngineRestSecurityIT {

	private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
	};

	@Autowired
	TestRestTemplate rest;

	@Test
	void callWithoutCredentialsIsRefused() {
		var response = this.rest.getForEntity("/engine-rest/process-definition", String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(response.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
	}

	@Test
	void callWithAWrongPasswordIsRefused() {
		var response = this.rest.withBasicAuth("casey", "not-the-password")
			.getForEntity("/engine-rest/process-definition", String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void callWithCredentialsAnswersWithinTheUsersAuthorizations() {
		var caseManager = this.rest.withBasicAuth("casey", DEMO_PASSWORD)
			.exchange("/engine-rest/process-definition", HttpMethod.GET, null, LIST);
		var referralPartner = this.rest.withBasicAuth("rita", DEMO_PASSWORD)
			.exchange("/engine-rest/process-definition", HttpMethod.GET, null, LIST);

		assertThat(caseManager.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(caseManager.getBody()).extracting(definition -> definition.get("key")).contains("staff-onboarding");
		assertThat(referralPartner.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(referralPartner.getBody()).isEmpty();
	}

}
