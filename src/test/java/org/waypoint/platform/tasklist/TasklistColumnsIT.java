package org.waypoint.platform.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.support.WaypointIntegrationTest.DEMO_PASSWORD;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.waypoint.referral.Door;
import org.waypoint.referral.NewReferral;
import org.waypoint.referral.ReferralService;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * An outreach worker's queue shows each task's participant and case number, as Tasklist
 * asks for them.
 */
@WaypointIntegrationTest
class TasklistColumnsIT {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	FilterService filterService;

	@Autowired
	ReferralService referralService;

	@Test
	@SuppressWarnings("unchecked")
	void queueRowsCarryTheParticipantAndCaseNumberForTheOutreachWorker() {
		String caseNumber = this.referralService
			.submit(new NewReferral(Door.COMMUNITY, "columns-1", "Rosa", "Quintero", null, null, null, null, null,
					null), "rita")
			.referral()
			.caseNumber();
		String filterId = this.filterService.createFilterQuery()
			.filterName("Referrals to screen")
			.singleResult()
			.getId();
		HttpHeaders headers = new HttpHeaders();
		headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
		headers.setContentType(MediaType.APPLICATION_JSON);

		Map<String, Object> page = this.rest.withBasicAuth("olivia", DEMO_PASSWORD)
			.exchange("/engine-rest/filter/" + filterId + "/list?maxResults=200", HttpMethod.POST,
					new HttpEntity<>("{}", headers), Map.class)
			.getBody();

		List<Map<String, Object>> tasks = (List<Map<String, Object>>) ((Map<String, Object>) page.get("_embedded"))
			.get("task");
		Map<String, Object> row = tasks.stream()
			.filter(task -> "Screen referral — Rosa Q.".equals(task.get("name")))
			.findFirst()
			.orElseThrow();
		List<Map<String, Object>> columns = (List<Map<String, Object>>) ((Map<String, Object>) row.get("_embedded"))
			.get("variable");
		assertThat(columns).extracting(column -> column.get("name") + "=" + column.get("value"))
			.containsExactlyInAnyOrder("participantName=Rosa Q.", "caseNumber=" + caseNumber);
	}

}
