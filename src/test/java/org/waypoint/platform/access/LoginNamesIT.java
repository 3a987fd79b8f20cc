package org.waypoint.platform.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.support.WaypointIntegrationTest.DEMO_PASSWORD;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.waypoint.support.WaypointIntegrationTest;

/** Logins as sites name them are taken; ids no login should have are refused. */
@WaypointIntegrationTest
class LoginNamesIT {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	IdentityService identityService;

	@AfterEach
	void removeThem() {
		for (String id : new String[] { "jane.doe", "walk-cm", "j_doe@county.example" }) {
			if (this.identityService.createUserQuery().userId(id).count() > 0) {
				this.identityService.deleteUser(id);
			}
		}
	}

	@Test
	void dotsHyphensUnderscoresAndMailAddressesAreLogins() {
		for (String id : new String[] { "jane.doe", "walk-cm", "j_doe@county.example" }) {
			assertThat(create(id).getStatusCode()).as(id).isEqualTo(HttpStatus.NO_CONTENT);
			assertThat(this.rest.withBasicAuth("ada", DEMO_PASSWORD)
				.exchange("/engine-rest/group/case-managers/members/" + id, HttpMethod.PUT, null, String.class)
				.getStatusCode()).as(id).isEqualTo(HttpStatus.NO_CONTENT);
			assertThat(this.rest.withBasicAuth(id, "A-strong-password-1")
				.getForEntity("/engine-rest/task", String.class)
				.getStatusCode()).as(id + " logs in").isEqualTo(HttpStatus.OK);
		}
	}

	/** Refused by the engine's id check (Camunda's own REST answer is a 500 for it). */
	@Test
	void spacesAndLeadingPunctuationAreNot() {
		for (String id : new String[] { "jane doe", ".jane" }) {
			ResponseEntity<String> refused = create(id);
			assertThat(refused.getStatusCode().is2xxSuccessful()).as(id).isFalse();
			assertThat(refused.getBody()).contains("is not a valid resource identifier");
			assertThat(this.identityService.createUserQuery().userId(id).count()).isZero();
		}
	}

	private ResponseEntity<String> create(String id) {
		return this.rest.withBasicAuth("ada", DEMO_PASSWORD)
			.postForEntity("/engine-rest/user/create",
					Map.of("profile", Map.of("id", id, "firstName", "Jane", "lastName", "Doe"), "credentials",
							Map.of("password", "A-strong-password-1")),
					String.class);
	}

}
