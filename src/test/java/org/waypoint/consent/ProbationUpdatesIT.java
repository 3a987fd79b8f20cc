package org.waypoint.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waypoint.capacity.CapacityService;
import org.waypoint.participant.ParticipantService;
import org.waypoint.referral.Door;
import org.waypoint.referral.ReferralService;
import org.waypoint.support.CaseloadFixture;
import org.waypoint.support.EngineTime;
import org.waypoint.support.ParticipantJourney;
import org.waypoint.support.TestLogins;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * Monthly probation updates on PostgreSQL, walked with their timers: a cycle with nothing
 * a release allows makes no task and logs the refusal; one cycle's task is replaced by
 * the next; a revocation narrows or closes the open update; a stale form that the consent
 * check refuses tells the worker why, and the refusal stays logged.
 */
@WaypointIntegrationTest
class ProbationUpdatesIT {

	private static final String CASE_MANAGER = "cm-probation";

	private static final String TASK = "Task_PrepareProbationUpdate";

	@Autowired
	ProcessEngine engine;

	@Autowired
	ReferralService referralService;

	@Autowired
	ParticipantService participantService;

	@Autowired
	CapacityService capacity;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identityService;

	@BeforeEach
	void caseyHasRoom() {
		CaseloadFixture.onlyCaseManagersHolding(this.engine, this.jdbc, this.capacity,
				Map.of(TestLogins.caseManager(this.identityService, CASE_MANAGER), 2));
		EngineTime.setNow(EngineTime.start());
	}

	@AfterEach
	void realTime() {
		EngineTime.reset();
	}

	@Test
	void aReleaseOfSubstanceUseOnlyMakesNoTaskAndEachCycleLogsTheRefusal() {
		ParticipantJourney journey = taken("Sol").releases(ParticipantJourney.release("PROBATION", "SUBSTANCE_USE"));

		nextCycle(journey);
		assertThat(journey.tasks(TASK)).isEmpty();
		nextCycle(journey);

		assertThat(journey.tasks(TASK)).as("no task nobody can close, none piled up").isEmpty();
		assertThat(refusedUpdates(journey)).hasSize(2)
			.allSatisfy(
					reason -> assertThat(reason).startsWith("Not shared: the release for PROBATION does not cover"));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where participant_id = ? and action = 'DISCLOSURE_REFUSED'",
				Integer.class, journey.participantId()))
			.isEqualTo(2);
	}

	@Test
	void aReleaseRevokedBeforeTheCycleLeavesARefusalOnRecord() {
		ParticipantJourney journey = taken("Rue").releases(ParticipantJourney.release("PROBATION", "PARTICIPATION"));
		revoke(releaseOf(journey, "PARTICIPATION"));

		nextCycle(journey);

		assertThat(journey.tasks(TASK)).isEmpty();
		assertThat(refusedUpdates(journey))
			.containsExactly("Not shared: no release of information for PROBATION is in force");
	}

	@Test
	void theNextCyclesUpdateReplacesAnOpenOne() {
		ParticipantJourney journey = taken("Pia").releases(ParticipantJourney.release("PROBATION", "PARTICIPATION"));

		nextCycle(journey);
		String first = journey.task(TASK).getId();
		nextCycle(journey);

		assertThat(journey.tasks(TASK)).singleElement().extracting(Task::getId).isNotEqualTo(first);
	}

	@Test
	void aNarrowerReleaseNarrowsTheOpenUpdateAndAStaleFormIsRefusedWithItsReason() {
		ParticipantJourney journey = taken("Noa")
			.releases(ParticipantJourney.release("PROBATION", "PARTICIPATION", "TREATMENT_PROGRESS"));
		nextCycle(journey);
		assertThat(mayShare(journey)).containsEntry("maySharePARTICIPATION", true)
			.containsEntry("mayShareTREATMENT_PROGRESS", true);

		// the participant signs a narrower release and revokes the first
		long wide = releaseOf(journey, "PARTICIPATION,TREATMENT_PROGRESS");
		assertThat(this.rest.withBasicAuth(CASE_MANAGER, TestLogins.PASSWORD)
			.postForEntity("/api/participants/" + journey.participantId() + "/releases",
					Map.of("party", "PROBATION", "partyName", "County Probation", "scopes", List.of("PARTICIPATION"),
							"purpose", "Supervision", "signedOn", EngineTime.today().toString(), "explained", true),
					Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		revoke(wide);

		assertThat(mayShare(journey)).containsEntry("maySharePARTICIPATION", true)
			.containsEntry("mayShareTREATMENT_PROGRESS", false);
		// a form opened before the revocation still shows the treatment field
		ResponseEntity<Map> stale = this.rest.withBasicAuth(CASE_MANAGER, TestLogins.PASSWORD)
			.postForEntity("/engine-rest/task/" + journey.task(TASK).getId() + "/submit-form",
					Map.of("variables", Map.of("probationParticipation", Map.of("value", "Attends"),
							"probationProgress", Map.of("value", "Started the group"))),
					Map.class);
		assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) stale.getBody().get("message"))
			.startsWith("The probation update was not sent: nothing was shared with probation. Not shared:")
			.endsWith("empty the parts no release allows now and send the rest");
		assertThat(refusedUpdates(journey)).as("the refused attempt stays logged").hasSize(1);
		assertThat(journey.tasks(TASK)).hasSize(1);

		revoke(releaseOf(journey, "PARTICIPATION"));

		assertThat(journey.tasks(TASK)).as("nothing left to share: the update closes").isEmpty();
		assertThat(refusedUpdates(journey)).hasSize(2);
	}

	private ParticipantJourney taken(String firstName) {
		return ParticipantJourney
			.refer(this.engine, this.referralService, this.participantService, Door.COMMUNITY, firstName,
					"Probation-" + UUID.randomUUID())
			.screenEligible(true)
			.takeIn();
	}

	/** The default cycle: the 1st of each month, 09:00 (application.yaml). */
	private static void nextCycle(ParticipantJourney journey) {
		journey.advanceTo(EngineTime.nextInCycle("0 0 9 1 * ?"));
	}

	private Map<String, Object> mayShare(ParticipantJourney journey) {
		return this.engine.getTaskService().getVariablesLocal(journey.task(TASK).getId());
	}

	private long releaseOf(ParticipantJourney journey, String scope) {
		return this.jdbc.queryForObject(
				"select id from release_of_information where participant_id = ? and party = 'PROBATION' and scopes = ?",
				Long.class, journey.participantId(), scope);
	}

	private void revoke(long release) {
		assertThat(this.rest.withBasicAuth(CASE_MANAGER, TestLogins.PASSWORD)
			.postForEntity("/api/releases/" + release + "/revocation", null, Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	private List<String> refusedUpdates(ParticipantJourney journey) {
		return this.jdbc.queryForList(
				"select reason from disclosure where participant_id = ? and party = 'PROBATION' and not allowed"
						+ " and purpose = 'Periodic probation update' order by attempted_at, id",
				String.class, journey.participantId());
	}

}
