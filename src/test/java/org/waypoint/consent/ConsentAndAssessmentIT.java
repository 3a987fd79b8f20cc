package org.waypoint.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.support.WaypointIntegrationTest.DEMO_PASSWORD;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.VariableMap;
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
import org.waypoint.support.WaypointIntegrationTest;

/**
 * Consent and assessment on PostgreSQL: nothing reaches probation without a release in
 * force (the attempt is logged either way) and a revocation stops the next update; the
 * assessment sets the service model and the contact cadence; answers, notes and plan text
 * live in the domain tables and nowhere in the engine's.
 */
@WaypointIntegrationTest
class ConsentAndAssessmentIT {

	@Autowired
	ProcessEngine engine;

	@Autowired
	ReferralService referralService;

	@Autowired
	ParticipantService participantService;

	@Autowired
	ConsentService consentService;

	@Autowired
	CapacityService capacity;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void aCaseManagerWithRoom() {
		CaseloadFixture.onlyCaseManagersHolding(this.engine, this.jdbc, this.capacity, Map.of("cm-consent", 2));
		// the 2nd of a month, 10:00: the next probation update is due on the 1st of the
		// next
		EngineTime.setNow(EngineTime.start()
			.truncatedTo(ChronoUnit.DAYS)
			.atZone(ZoneOffset.UTC)
			.withDayOfMonth(2)
			.plusHours(10)
			.toInstant());
	}

	@AfterEach
	void realTime() {
		EngineTime.reset();
	}

	@Test
	void withoutAProbationReleaseNothingIsSharedAndTheAttemptIsLogged() {
		long participant = taken("Noor").participantId();

		DisclosureResult result = this.consentService.disclose(
				new DisclosureRequest(participant, ReleaseParty.PROBATION, EnumSet.of(DisclosureScope.PARTICIPATION),
						"Periodic probation update", "Attended every check-in"),
				"cm-consent");

		assertThat(result.allowed()).isFalse();
		assertThat(result.reason()).contains("no release of information for PROBATION is in force");
		assertThat(this.jdbc.queryForMap("select allowed, content, reason from disclosure where participant_id = ?",
				participant))
			.containsEntry("allowed", false)
			.containsEntry("content", null);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where participant_id = ? and action = 'DISCLOSURE_REFUSED'",
				Integer.class, participant))
			.isOne();
	}

	@Test
	void substanceUseInformationNeedsAReleaseThatNamesIt() {
		ParticipantJourney journey = taken("Ravi");
		journey.releases(ParticipantJourney.release("PROBATION", "PARTICIPATION", "DRUG_TEST_RESULTS"));

		DisclosureResult drugTests = this.consentService.disclose(new DisclosureRequest(journey.participantId(),
				ReleaseParty.PROBATION, EnumSet.of(DisclosureScope.DRUG_TEST_RESULTS), "Update", "2 negative"),
				"cm-consent");

		assertThat(drugTests.allowed()).isFalse();
		assertThat(drugTests.reason()).contains("42 CFR Part 2");
		assertThat(this.consentService
			.disclose(new DisclosureRequest(journey.participantId(), ReleaseParty.PROBATION,
					EnumSet.of(DisclosureScope.PARTICIPATION), "Update", "Attends"), "cm-consent")
			.allowed()).isTrue();
	}

	@Test
	void monthlyProbationUpdatesGoUnderTheReleaseAndStopWhenItIsRevoked() {
		ParticipantJourney journey = taken("Dario");
		journey.releases(ParticipantJourney.release("PROBATION", "PARTICIPATION", "TREATMENT_PROGRESS"),
				ParticipantJourney.release("HOUSING_PROVIDER", "PARTICIPATION"));
		long probationRelease = this.jdbc.queryForObject(
				"select id from release_of_information where participant_id = ? and party = 'PROBATION'", Long.class,
				journey.participantId());

		journey.advance(Duration.between(EngineTime.now(), nextFirstOfMonth()));
		assertThat(journey.task("Task_PrepareProbationUpdate").getName()).startsWith("Probation update — Dario");
		journey.completeAs("cm-consent", journey.task("Task_PrepareProbationUpdate"),
				Map.of("probationParticipation", "Came to 4 of 4 appointments"));
		ResponseEntity<List> sent = this.rest.withBasicAuth("paul", DEMO_PASSWORD)
			.getForEntity("/api/probation/updates", List.class);
		assertThat(sent.getBody()).anySatisfy(update -> assertThat(((Map<String, Object>) update))
			.containsEntry("participantId", (int) journey.participantId())
			.containsEntry("content", "PARTICIPATION: Came to 4 of 4 appointments"));
		assertThat(this.rest.withBasicAuth("rita", DEMO_PASSWORD)
			.getForEntity("/api/probation/updates", Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

		// a supervisor: the participant's own case manager (cm-consent) has no demo login
		ResponseEntity<Map> revoked = this.rest.withBasicAuth("sam", DEMO_PASSWORD)
			.postForEntity("/api/releases/" + probationRelease + "/revocation", null, Map.class);
		assertThat(revoked.getBody()).containsKey("revokedAt");
		assertThat(this.consentService.hasReleaseInForce(journey.participantId(), ReleaseParty.HOUSING_PROVIDER))
			.as("the other release stays in force")
			.isTrue();

		journey.advance(Duration.between(EngineTime.now(), nextFirstOfMonth()));
		assertThat(journey.tasks("Task_PrepareProbationUpdate")).as("no update without a release").isEmpty();
	}

	@Test
	void theAssessmentSetsTheCadenceAndNoAnswerOrNoteStaysInTheEngine() {
		ParticipantJourney journey = taken("Ines");
		journey.releases(ParticipantJourney.release("MENTAL_HEALTH_PROVIDER", "PARTICIPATION")).assess(true, "ABUSE");

		assertThat(this.participantService.get(journey.participantId()).getServiceModel())
			.isEqualTo("INTEGRATED_DUAL_DISORDER");
		assertThat(this.participantService.get(journey.participantId()).getContactEveryDays()).isEqualTo(5);
		assertThat(this.capacity.summary().highestIntensive()).as("counted against the intensive standard of 12 to 15")
			.isOne();
		assertThat(this.jdbc.queryForMap(
				"select serious_mental_illness, substance_use_severity, clinician, decision_version from assessment where participant_id = ?",
				journey.participantId()))
			.containsEntry("serious_mental_illness", true)
			.containsEntry("substance_use_severity", "ABUSE")
			.containsEntry("clinician", "clara");

		journey.planApproved("MENTAL_HEALTH");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from case_plan where participant_id = ? and status = 'APPROVED'", Integer.class,
				journey.participantId()))
			.isOne();

		List<String> instances = journey.processInstancesEver();
		for (String table : List.of("act_ru_variable", "act_hi_varinst", "act_hi_detail")) {
			assertThat(this.jdbc.queryForObject("select count(*) from " + table
					+ " where (text_ like '%Clinical note%' or text_ like '%Plan goal%' or text_ like '%morning visits%'"
					+ " or name_ in ('seriousMentalIllness', 'substanceUseSeverity', 'clinicianNote', 'goals',"
					+ " 'releasePurpose', 'caseManagerNote')) and proc_inst_id_ in (" + quoted(instances) + ")",
					Integer.class))
				.as(table)
				.isZero();
		}
		assertThat(this.jdbc.queryForObject(
				"select count(*) from act_hi_decinst where dec_def_key_ = 'service-intensity' and proc_inst_id_ in ("
						+ quoted(instances) + ")",
				Integer.class))
			.as("the clinical inputs of service-intensity are not kept in the decision history")
			.isZero();
		assertThat(this.engine.getRuntimeService()
			.createVariableInstanceQuery()
			.processInstanceIdIn(instances.toArray(String[]::new))
			.variableName("serviceModel")
			.list()).as("routing facts stay").isNotEmpty();
	}

	@Test
	void theNextReleaseTaskComesBackWithAnotherReleaseUnticked() {
		ParticipantJourney journey = taken("Lena");
		Map<String, Object> first = new HashMap<>(ParticipantJourney.release("PROBATION", "PARTICIPATION"));
		first.put("anotherRelease", true);
		journey.completeAs(journey.caseManager(), journey.task("Task_RecordRelease"), first);

		// what Tasklist reads to fill the next form (GET /task/{id}/form-variables)
		VariableMap shown = this.engine.getFormService()
			.getTaskFormVariables(journey.task("Task_RecordRelease").getId());

		assertThat(shown.get("anotherRelease")).isNotEqualTo(Boolean.TRUE);
		journey.completeAs(journey.caseManager(), journey.task("Task_RecordRelease"),
				ParticipantJourney.release("HOUSING_PROVIDER", "PARTICIPATION"));
		assertThat(journey.tasks("Task_RecordRelease")).as("an unticked box ends the releases").isEmpty();
	}

	private ParticipantJourney taken(String firstName) {
		return ParticipantJourney
			.refer(this.engine, this.referralService, this.participantService, Door.COMMUNITY, firstName,
					"Consent-" + UUID.randomUUID())
			.screenEligible(true)
			.takeIn();
	}

	/** The default probation update cycle: the 1st of each month, 09:00. */
	private static Instant nextFirstOfMonth() {
		return EngineTime.nextInCycle("0 0 9 1 * ?");
	}

	private static String quoted(List<String> ids) {
		return String.join(",", ids.stream().map(id -> "'" + id + "'").toList());
	}

}
