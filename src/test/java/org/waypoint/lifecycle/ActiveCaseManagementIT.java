package org.waypoint.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.waypoint.support.ParticipantJourney.release;
import static org.waypoint.support.WaypointIntegrationTest.DEMO_PASSWORD;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import org.waypoint.participant.Participant;
import org.waypoint.participant.ParticipantService;
import org.waypoint.participant.ParticipantStatus;
import org.waypoint.referral.Door;
import org.waypoint.referral.ReferralService;
import org.waypoint.referral.ReferralStatus;
import org.waypoint.support.CaseloadFixture;
import org.waypoint.support.EngineTables;
import org.waypoint.support.EngineTime;
import org.waypoint.support.ParticipantJourney;
import org.waypoint.support.TestLogins;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * Active case management on PostgreSQL (source 003): two warm handoffs run side by side
 * while a partner reports a relapse, and an early exit gives the caseload slot to the
 * next person referred.
 */
@WaypointIntegrationTest
class ActiveCaseManagementIT {

	private static final String CASE_MANAGER = "cm-active";

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

	@BeforeEach
	void aCaseManagerOneBelowTheCap() {
		CaseloadFixture.onlyCaseManagersHolding(this.engine, this.jdbc, this.capacity, Map.of(CASE_MANAGER, 24));
		EngineTime.setNow(EngineTime.start());
	}

	@AfterEach
	void realTime() {
		EngineTime.reset();
	}

	@Test
	void twoHandoffsRunAtOnceWhileARelapseIsReportedAndAnswered() {
		ParticipantJourney lena = taken("Lena")
			.releases(release("MENTAL_HEALTH_PROVIDER", "PARTICIPATION", "TREATMENT_PROGRESS"),
					release("HOUSING_PROVIDER", "PARTICIPATION"))
			.assess(true, "ABUSE")
			.planApproved("MENTAL_HEALTH", "HOUSING");
		assertThat(lena.running("warm-handoff")).hasSize(2);
		Map<String, Long> engagedBefore = engagedHandoffsInTheReport();

		lena.scheduleHandoff("mental health");
		lena.scheduleHandoff("housing");

		ResponseEntity<Map> reported = this.rest.withBasicAuth("rita", DEMO_PASSWORD)
			.postForEntity("/api/referrals/" + lena.referral().getId() + "/crises",
					Map.of("kind", "RELAPSE", "description", "Using again since the eviction notice"), Map.class);
		assertThat(reported.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		Task respond = lena.task("Task_RespondToCrisis");
		assertThat(respond.getName()).isEqualTo("Respond to crisis — Lena C.");
		assertThat(respond.getAssignee()).isEqualTo(CASE_MANAGER);
		assertThat(respond.getDueDate().toInstant()).isEqualTo(EngineTime.now().plus(Duration.ofHours(4)));
		assertThat(lena.timer("TimerCatch_ContactDue")).as("contacts tighten to daily while the crisis is open")
			.isBeforeOrEqualTo(EngineTime.now().plus(Duration.ofDays(1)));

		lena.completeAs(CASE_MANAGER, respond,
				Map.of("crisisWhatWasDone", "Met her at the shelter, same-day detox assessment",
						"crisisTreatmentResponse", "Outpatient three times a week", "crisisSupervisionInvolved", false,
						"crisisResolved", true));
		assertThat(this.jdbc.queryForMap(
				"select kind, reported_by, responded_by, resolved_at is not null as resolved from crisis where participant_id = ?",
				lena.participantId()))
			.containsEntry("kind", "RELAPSE")
			.containsEntry("reported_by", "rita")
			.containsEntry("responded_by", CASE_MANAGER)
			.containsEntry("resolved", true);
		assertThat(participant(lena).isCrisisOpen()).isFalse();

		lena.advance(Duration.ofDays(2));
		lena.accompany("mental health", true);
		lena.accompany("housing", false);
		assertThat(lena.handoffTask("Task_ScheduleHandoff", "housing")).as("the no-show is rescheduled").isNotNull();

		lena.assess(true, "ABUSE").planReviewed("KEEP", "OPEN", "OPEN");
		assertThat(lena.tasks(null)).as("the crisis is handled")
			.noneMatch(task -> task.getTaskDefinitionKey().contains("Crisis"));

		lena.scheduleHandoff("housing");
		lena.advance(Duration.ofDays(2));
		lena.accompany("housing", true);
		lena.advance(Duration.ofDays(7));
		lena.confirmEngaged("mental health", "PROVIDER");
		lena.confirmEngaged("housing", "PROVIDER");

		assertThat(lena.running("warm-handoff")).isEmpty();
		List<Map> handoffs = this.rest.withBasicAuth("casey", DEMO_PASSWORD)
			.getForObject("/api/participants/" + lena.participantId() + "/handoffs", List.class);
		assertThat(handoffs)
			.extracting(handoff -> handoff.get("serviceType"), handoff -> handoff.get("appointments"),
					handoff -> handoff.get("outcome"))
			.containsExactlyInAnyOrder(tuple("MENTAL_HEALTH", 1, "ENGAGED"), tuple("HOUSING", 2, "ENGAGED"));
		assertThat(this.jdbc.queryForList(
				"select party from disclosure where participant_id = ? and allowed and purpose = 'Confirm engagement with a provider'",
				String.class, lena.participantId()))
			.as("each provider was asked under its release")
			.containsExactlyInAnyOrder("MENTAL_HEALTH_PROVIDER", "HOUSING_PROVIDER");
		assertThat(engagedHandoffsInTheReport().get("ENGAGED") - engagedBefore.get("ENGAGED")).isEqualTo(2);
		assertThat(engagedHandoffsInTheReport().get("completed") - engagedBefore.get("completed")).isEqualTo(2);
	}

	@Test
	void anEarlyExitFreesTheSlotForTheNextReferral() {
		ParticipantJourney omar = taken("Omar").releases(release("REFERRING_AGENCY", "PARTICIPATION"))
			.assess(false, "NONE")
			.planApproved();
		assertThat(caseload()).as("at the cap of 25").isEqualTo(25);
		ParticipantJourney bea = referredAndScreened("Bea");
		assertThat(bea.referral().getStatus()).isEqualTo(ReferralStatus.DECLINED);
		assertThat(caseload()).isEqualTo(25);

		assertThat(exit(omar, "STEP_DOWN").getStatusCode()).as("a discharge is not an early exit")
			.isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(exit(omar, "MOVED_AWAY").getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

		assertThat(participant(omar).getStatus()).isEqualTo(ParticipantStatus.EXITED);
		assertThat(omar.running("case-management")).isEmpty();
		assertThat(omar.running("post-discharge-follow-up")).as("no follow-up after an early exit").isEmpty();
		assertThat(caseload()).as("the slot is freed at once").isEqualTo(24);
		assertThat(omar.referral().getStatus()).as("the referrer is told: a release allows it")
			.isEqualTo(ReferralStatus.EXITED);
		assertThat(omar.referral().getStatusReason()).isEqualTo("Left the program: moved away");
		assertThat(exit(omar, "MOVED_AWAY").getStatusCode()).as("nothing left to end").isEqualTo(HttpStatus.CONFLICT);

		ParticipantJourney cal = referredAndScreened("Cal");
		assertThat(cal.referral().getStatus()).isEqualTo(ReferralStatus.ACCEPTED);
		assertThat(cal.caseManager()).isEqualTo(CASE_MANAGER);
		assertThat(caseload()).isEqualTo(25);
	}

	@Test
	void anArrestReachesOnlyTheJusticePartnersWhoseReleaseCoversCrises() {
		ParticipantJourney kai = taken("Kai").releases(release("PROBATION", "PARTICIPATION", "CRISIS_EVENTS"));

		assertThat(this.rest.withBasicAuth("casey", DEMO_PASSWORD)
			.postForEntity("/api/participants/" + kai.participantId() + "/crises",
					Map.of("kind", "ARREST", "description", "Booked on a warrant"), Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		kai.completeAs(CASE_MANAGER, kai.task("Task_RespondToCrisis"), Map.of("crisisWhatWasDone",
				"Called the jail; court date Friday", "crisisSupervisionInvolved", true, "crisisResolved", true));

		assertThat(this.jdbc.queryForList(
				"select party, allowed from disclosure where participant_id = ? and purpose = 'Arrest or new charges'",
				kai.participantId()))
			.extracting(row -> row.get("party"), row -> row.get("allowed"))
			.containsExactlyInAnyOrder(tuple("PROBATION", true), tuple("COURT_PROSECUTOR_LIAISON", false));
	}

	@Test
	void aLaterReferralLinksToTheOldRecordExceptAfterADeath() {
		CaseloadFixture.onlyCaseManagersHolding(this.engine, this.jdbc, this.capacity, Map.of(CASE_MANAGER, 10));
		String movedAway = "Moved-" + UUID.randomUUID();
		ParticipantJourney pia = referred("Pia", movedAway).takeIn();
		exit(pia, "MOVED_AWAY");

		ParticipantJourney piaAgain = referred("Pia", movedAway);

		assertThat(piaAgain.participantId()).as("the same record").isEqualTo(pia.participantId());
		assertThat(this.participantService.enrollmentsOf(pia.participantId())).hasSize(2);
		assertThat(participant(piaAgain).getStatus()).isEqualTo(ParticipantStatus.ENGAGING);

		String died = "Died-" + UUID.randomUUID();
		ParticipantJourney rui = referred("Rui", died).takeIn();
		exit(rui, "DIED");
		assertThat(participant(rui).getStatus()).isEqualTo(ParticipantStatus.DECEASED);

		ParticipantJourney namesake = referred("Rui", died);

		assertThat(namesake.participantId()).as("a new record: the old one stays closed")
			.isNotEqualTo(rui.participantId());
	}

	private ResponseEntity<Map> exit(ParticipantJourney journey, String reason) {
		return this.rest.withBasicAuth("sam", DEMO_PASSWORD)
			.postForEntity("/api/participants/" + journey.participantId() + "/exit", Map.of("reason", reason),
					Map.class);
	}

	private Map<String, Long> engagedHandoffsInTheReport() {
		Map<String, Object> report = this.rest.withBasicAuth("sam", DEMO_PASSWORD)
			.getForObject("/api/reports/handoffs", Map.class);
		Map<String, Number> outcomes = (Map<String, Number>) report.get("outcomes");
		return Map.of("ENGAGED", outcomes.getOrDefault("ENGAGED", 0).longValue(), "completed",
				((Number) report.get("completedWarmHandoffs")).longValue());
	}

	/**
	 * 42 CFR Part 2: the engine's records (task names and lists, variables, history)
	 * reach supervisors and peers in Tasklist and Cockpit, so they never say
	 * substance-use treatment, neither a handoff to it nor a release for its provider;
	 * the domain's records do, for those who may be told.
	 */
	@Test
	void aHandoffToSubstanceUseTreatmentIsNotNamedInTheEngine() {
		ParticipantJourney omar = taken("Omar").releases(release("SUBSTANCE_USE_PROVIDER", "PARTICIPATION"))
			.assess(true, "ABUSE")
			.planApproved("SUBSTANCE_USE_TREATMENT");
		String notNamed = "a provider named in the Case file";

		omar.scheduleHandoff(notNamed).advance(Duration.ofDays(2));
		omar.accompany(notNamed, true).advance(Duration.ofDays(7));
		omar.confirmEngaged(notNamed, "PARTICIPANT");

		assertThat(EngineTables.tracesInCase(this.jdbc, omar.referral().caseNumber(),
				// the models' own labels ("a clinician assesses substance-use severity")
				// are everyone's
				List.of("SUBSTANCE_USE", "ubstance use treatment", "ubstance-use treatment", "ubstance use provider",
						"ubstance-use provider")))
			.isEmpty();
		String handoffs = "/api/participants/" + omar.participantId() + "/handoffs";
		for (String toldOfIt : List.of(CASE_MANAGER, "clara")) {
			assertThat(this.rest.withBasicAuth(toldOfIt, TestLogins.passwordOf(toldOfIt))
				.getForObject(handoffs, List.class))
				.as(toldOfIt)
				.extracting(handoff -> ((Map<?, ?>) handoff).get("serviceType"),
						handoff -> ((Map<?, ?>) handoff).get("outcome"))
				.containsExactly(tuple("SUBSTANCE_USE_TREATMENT", "ENGAGED"));
		}
		for (String notToldOfIt : List.of("casey", "sam", "pete", "olivia", "ada")) {
			assertThat(this.rest.withBasicAuth(notToldOfIt, DEMO_PASSWORD).getForObject(handoffs, List.class))
				.as(notToldOfIt)
				.isEmpty();
		}
	}

	private ParticipantJourney taken(String firstName) {
		return referredAndScreened(firstName).takeIn();
	}

	private ParticipantJourney referredAndScreened(String firstName) {
		return referred(firstName, "Case-" + UUID.randomUUID());
	}

	private ParticipantJourney referred(String firstName, String lastName) {
		return ParticipantJourney
			.refer(this.engine, this.referralService, this.participantService, Door.COMMUNITY, firstName, lastName)
			.screenEligible(true);
	}

	private Participant participant(ParticipantJourney journey) {
		return this.participantService.get(journey.participantId());
	}

	private long caseload() {
		return CaseloadFixture.caseloadOf(this.capacity, CASE_MANAGER);
	}

}
