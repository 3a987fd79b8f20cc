package org.waypoint.platform.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.support.WaypointIntegrationTest.DEMO_PASSWORD;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.waypoint.support.WaypointIntegrationTest;
import org.waypoint.support.WebappSession;

/**
 * Each demo login reaches the Tasklist filters and the webapps of its group, and no
 * others.
 */
@WaypointIntegrationTest
class GroupAccessIT {

	private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
	};

	@Autowired
	TestRestTemplate rest;

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0} sees the filters: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			olivia | My caseload, Team queue, Outreach queue, Referrals to screen, Overdue
			casey  | My caseload, Team queue, Overdue, Crisis
			clara  | My caseload, Team queue, Overdue, Crisis
			pete   | My caseload, Team queue, Overdue
			sam    | My caseload, Team queue, Outreach queue, Referrals to screen, Overdue, Crisis
			ada    | My caseload, Team queue, Outreach queue, Referrals to screen, Overdue, Crisis
			rita   | ''
			paul   | ''
			""")
	void eachLoginSeesTheFiltersOfItsGroup(String user, String expectedFilters) {
		var filters = this.rest.withBasicAuth(user, DEMO_PASSWORD)
			.exchange("/engine-rest/filter?resourceType=Task", HttpMethod.GET, null, LIST)
			.getBody();

		assertThat(filters).extracting(filter -> (String) filter.get("name"))
			.containsExactlyInAnyOrderElementsOf(names(expectedFilters));
	}

	@ParameterizedTest(name = "{0}: tasklist {1}, cockpit {2}, admin {3}")
	@CsvSource(delimiter = '|', textBlock = """
			olivia | 200 | 403 | 403
			casey  | 200 | 403 | 403
			clara  | 200 | 403 | 403
			pete   | 200 | 403 | 403
			sam    | 200 | 200 | 403
			ada    | 200 | 200 | 200
			rita   | 403 | 403 | 403
			paul   | 403 | 403 | 403
			""")
	void eachLoginOpensTheWebappsOfItsGroup(String user, int tasklist, int cockpit, int admin) {
		assertThat(new WebappSession(this.port).logIn("tasklist", user, DEMO_PASSWORD)).as("tasklist")
			.isEqualTo(tasklist);
		assertThat(new WebappSession(this.port).logIn("cockpit", user, DEMO_PASSWORD)).as("cockpit").isEqualTo(cockpit);
		assertThat(new WebappSession(this.port).logIn("admin", user, DEMO_PASSWORD)).as("admin").isEqualTo(admin);
	}

	@Test
	void webappsKeepTheirCsrfProtection() {
		var session = new WebappSession(this.port);

		assertThat(session.logInWithoutCsrfToken("tasklist", "casey", DEMO_PASSWORD)).isEqualTo(403);
		assertThat(session.logIn("tasklist", "casey", DEMO_PASSWORD)).isEqualTo(200);
	}

	@Test
	void adminSetupIsRefusedOnceAnAdministratorExists() {
		var attempt = new WebappSession(this.port).postJson("admin", "/camunda/api/admin/setup/default/user/create", """
				{"profile": {"id": "mallory", "firstName": "M", "lastName": "M", "email": "m@example.org"},
				 "credentials": {"password": "Str0ng-enough-password"}}""");

		assertThat(attempt.statusCode()).isEqualTo(403);
		assertThat(attempt.body()).contains("Setup action not available");
	}

	private static List<String> names(String commaSeparated) {
		return commaSeparated.isBlank() ? List.of() : List.of(commaSeparated.split(",\\s*"));
	}

}
