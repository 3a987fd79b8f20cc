package org.waypoint.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.support.WaypointIntegrationTest.DEMO_PASSWORD;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestTemplate;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * What a browser or a proxy may keep of Waypoint's answers, and what the internet
 * reaches: the API's answers are neither cached nor sniffed; the Prometheus figures are
 * on the management port only; load balancers find readiness on the application port.
 */
@WaypointIntegrationTest
class WebHardeningIT {

	@Autowired
	TestRestTemplate rest;

	@LocalManagementPort
	int managementPort;

	@Test
	void apiAnswersAreNotCachedNorSniffed() {
		ResponseEntity<String> answer = this.rest.withBasicAuth("sam", DEMO_PASSWORD)
			.getForEntity("/api/capacity", String.class);
		ResponseEntity<String> refusal = this.rest.withBasicAuth("sam", DEMO_PASSWORD)
			.getForEntity("/api/participants/0", String.class);

		for (ResponseEntity<String> response : new ResponseEntity[] { answer, refusal }) {
			assertThat(response.getHeaders().getCacheControl()).isEqualTo("no-store");
			assertThat(response.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		}
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(refusal.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void prometheusIsOnTheManagementPortOnly() {
		assertThat(this.rest.getForEntity("/actuator/prometheus", String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(new RestTemplate().getForObject("http://localhost:" + this.managementPort + "/actuator/prometheus",
				String.class))
			.contains("waypoint_caseload_average");
	}

	@Test
	void readinessAndLivenessAnswerOnTheApplicationPort() {
		assertThat(this.rest.getForEntity("/readyz", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(this.rest.getForEntity("/livez", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
	}

}
