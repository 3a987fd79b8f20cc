package org.waypoint.platform.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.support.WaypointIntegrationTest.DEMO_PASSWORD;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waypoint.engagement.process.RecordContactProcess;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * A form a rule refuses, submitted the way Tasklist submits it: 400 with the reason in
 * the worker's words (no Java class, no task id), the task still open, nothing written.
 */
@WaypointIntegrationTest
class RefusedFormsIT {

	@Autowired
	ProcessEngine engine;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aContactForAnUnknownCaseNumberIsRefusedInWords() {
		Task task = recordContactTaskOf("casey");
		int contacts = this.jdbc.queryForObject("select count(*) from contact", Integer.class);
		Map<String, Object> form = Map.of("variables", Map.of("contactCaseNumber", Map.of("value", "R-99999"),
				"contactPlace", Map.of("value", "PHONE"), "contactWithParticipant", Map.of("value", false)));

		for (String submission : new String[] { "submit-form", "complete" }) {
			ResponseEntity<Map> refused = this.rest.withBasicAuth("casey", DEMO_PASSWORD)
				.postForEntity("/engine-rest/task/" + task.getId() + "/" + submission, form, Map.class);

			assertThat(refused.getStatusCode()).as(submission).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(refused.getBody()).as(submission)
				.containsEntry("message", "The contact was not recorded: no participant has case number R-99999");
		}
		assertThat(this.engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isOne();
		assertThat(this.jdbc.queryForObject("select count(*) from contact", Integer.class)).isEqualTo(contacts);
	}

	/** Started as Tasklist's "Start process" does. */
	private Task recordContactTaskOf(String userId) {
		ResponseEntity<Map> started = this.rest.withBasicAuth(userId, DEMO_PASSWORD)
			.postForEntity("/engine-rest/process-definition/key/" + RecordContactProcess.KEY + "/start", Map.of(),
					Map.class);
		assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
		return this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceId((String) started.getBody().get("id"))
			.singleResult();
	}

}
