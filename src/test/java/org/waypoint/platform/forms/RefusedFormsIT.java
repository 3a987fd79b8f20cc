package org.waypoint.platform.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.support.WaypointIntegrationTest.DEMO_PASSWORD;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waypoint.capacity.CapacityService;
import org.waypoint.engagement.process.RecordContactProcess;
import org.waypoint.participant.ParticipantService;
import org.waypoint.referral.Door;
import org.waypoint.referral.ReferralService;
import org.waypoint.support.CaseloadFixture;
import org.waypoint.support.EngineTime;
import org.waypoint.support.ParticipantJourney;
import org.waypoint.support.TestLogins;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * A form a rule refuses, submitted the way Tasklist submits it: 400 with the reason in
 * the worker's words (no Java class, no task id), the task still open, nothing written.
 */
@WaypointIntegrationTest
class RefusedFormsIT {

	private static final String CASE_MANAGER = "cm-refused";

	@Autowired
	ProcessEngine engine;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identityService;

	@Autowired
	ReferralService referralService;

	@Autowired
	ParticipantService participantService;

	@Autowired
	CapacityService capacity;

	@Test
	void aContactForAnUnknownCaseNumberIsRefusedInWords() {
		Task task = recordContactTaskOf(TestLogins.caseManager(this.identityService, CASE_MANAGER));
		int contacts = this.jdbc.queryForObject("select count(*) from contact", Integer.class);
		Map<String, Object> form = Map.of("variables", Map.of("contactCaseNumber", Map.of("value", "R-99999"),
				"contactPlace", Map.of("value", "PHONE"), "contactWithParticipant", Map.of("value", false)));

		for (String submission : new String[] { "submit-form", "complete" }) {
			ResponseEntity<Map> refused = this.rest.withBasicAuth(CASE_MANAGER, TestLogins.PASSWORD)
				.postForEntity("/engine-rest/task/" + task.getId() + "/" + submission, form, Map.class);

			assertThat(refused.getStatusCode()).as(submission).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(refused.getBody()).as(submission)
				.containsEntry("message", "The contact was not recorded: no participant has case number R-99999");
		}
		assertThat(this.engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isOne();
		assertThat(this.jdbc.queryForObject("select count(*) from contact", Integer.class)).isEqualTo(contacts);
	}

	@Test
	void refusalsOfOtherFormsAreFourHundredsToo() {
		CaseloadFixture.onlyCaseManagersHolding(this.engine, this.jdbc, this.capacity,
				Map.of(TestLogins.caseManager(this.identityService, CASE_MANAGER), 3));
		EngineTime.setNow(EngineTime.start());
		try {
			ParticipantJourney sought = journey("Sol").screenEligible(false);
			for (int attempt = 1; attempt <= 5; attempt++) {
				sought.completeAs("olivia", sought.task("Task_LocateParticipant"),
						Map.of("placesSearched", "Riverside camp", "located", false));
				sought.advance(Duration.ofDays(3));
			}
			assertRefused("sam", sought.task("Task_ReviewOutreach"), Map.of("outreachDecision", "KEEP_SEEKING"),
					"The outreach review was not recorded: strategy is required to keep seeking: say what to try next");

			ParticipantJourney planned = journey("Pat").screenEligible(true)
				.takeIn()
				.releases(ParticipantJourney.release("PROBATION", "PARTICIPATION"))
				.assess(false, "NONE")
				.planApproved();
			this.rest.withBasicAuth(CASE_MANAGER, TestLogins.PASSWORD)
				.postForEntity("/api/participants/" + planned.participantId() + "/step-down", null, Void.class);
			assertRefused("sam", planned.task("Task_ApproveStepDown"), Map.of("stepDownDecision", "RETURN"),
					"The step-down review was not recorded: stepDownComment is required to return it: say why not yet");

			planned.advanceTo(EngineTime.nextInCycle("0 0 9 1 * ?"));
			assertRefused(CASE_MANAGER, planned.task("Task_PrepareProbationUpdate"), Map.of(),
					"The probation update was not sent: write at least one part of the update");
		}
		finally {
			EngineTime.reset();
		}
	}

	private void assertRefused(String user, Task task, Map<String, Object> fields, String reason) {
		Map<String, Object> variables = new HashMap<>();
		fields.forEach((name, value) -> variables.put(name, Map.of("value", value)));
		ResponseEntity<Map> refused = this.rest.withBasicAuth(user, TestLogins.passwordOf(user))
			.postForEntity("/engine-rest/task/" + task.getId() + "/submit-form", Map.of("variables", variables),
					Map.class);

		assertThat(refused.getStatusCode()).as(task.getName()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getBody()).containsEntry("message", reason);
		assertThat(this.engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isOne();
	}

	private ParticipantJourney journey(String firstName) {
		return ParticipantJourney.refer(this.engine, this.referralService, this.participantService, Door.COMMUNITY,
				firstName, "Refused-" + UUID.randomUUID());
	}

	/** Started as Tasklist's "Start process" does. */
	private Task recordContactTaskOf(String userId) {
		ResponseEntity<Map> started = this.rest.withBasicAuth(userId, TestLogins.PASSWORD)
			.postForEntity("/engine-rest/process-definition/key/" + RecordContactProcess.KEY + "/start", Map.of(),
					Map.class);
		assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
		return this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceId((String) started.getBody().get("id"))
			.singleResult();
	}

}
