package org.waypoint.discharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.support.ParticipantJourney.json;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.waypoint.capacity.CapacityService;
import org.waypoint.participant.ParticipantService;
import org.waypoint.participant.ParticipantStatus;
import org.waypoint.referral.Door;
import org.waypoint.referral.Referral;
import org.waypoint.referral.ReferralService;
import org.waypoint.referral.ReferralStatus;
import org.waypoint.support.CaseloadFixture;
import org.waypoint.support.EngineTime;
import org.waypoint.support.ParticipantJourney;
import org.waypoint.support.Screening;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * Source 003's transitions on PostgreSQL: a participant goes from referral to a closed
 * record (step-down, a discharge plan with a warm handoff to the next service, four
 * check-ins), with the caseload figure right at every step; another comes back from
 * follow-up in crisis, to the same record.
 */
@WaypointIntegrationTest
class DischargeAndFollowUpIT {

	private static final String CASE_MANAGER = "cm-transition";

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
	void aCaseManagerHoldingTen() {
		CaseloadFixture.onlyCaseManagersHolding(this.engine, this.jdbc, this.capacity, Map.of(CASE_MANAGER, 10));
		EngineTime.setNow(EngineTime.start());
	}

	@AfterEach
	void realTime() {
		EngineTime.reset();
	}

	@Test
	void fromReferralToAClosedRecord() {
		ParticipantJourney ana = referredAndScreened("Ana");
		assertThat(ana.referral().getStatus()).isEqualTo(ReferralStatus.ACCEPTED);
		assertThat(caseload()).isEqualTo(11);

		ana.takeIn()
			.releases(release("MENTAL_HEALTH_PROVIDER", "PARTICIPATION"), release("REFERRING_AGENCY", "PARTICIPATION"))
			.assess(false, "USE")
			.planApproved("MENTAL_HEALTH");
		assertThat(status(ana)).isEqualTo(ParticipantStatus.ACTIVE);
		assertThat(caseload()).isEqualTo(11);

		ana.scheduleHandoff("mental health").advance(Duration.ofDays(2)).accompany("mental health", true);
		contact(ana);
		ana.advance(Duration.ofDays(7)).confirmEngaged("mental health", "PROVIDER");
		contact(ana);
		assertThat(caseload()).isEqualTo(11);

		// raised by a supervisor: the participant's own case manager has no demo login
		assertThat(this.rest.withBasicAuth("sam", DEMO_PASSWORD)
			.postForEntity("/api/participants/" + ana.participantId() + "/step-down", null, Void.class)
			.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		Task approval = ana.task("Task_ApproveStepDown");
		assertThat(approval.getName()).isEqualTo("Approve step-down — Ana S.");
		ana.completeAs("sam", approval, Map.of("stepDownDecision", "APPROVE"));
		assertThat(caseload()).as("held until the discharge").isEqualTo(11);

		Task plan = ana.task("Task_PlanDischarge");
		assertThat(plan.getAssignee()).isEqualTo(CASE_MANAGER);
		ana.completeAs(CASE_MANAGER, plan, Map.of("dischargeReason", "STEP_DOWN", "dischargeKeeps",
				"ID, Medicaid card, clinic on the 3rd", "dischargeServices",
				json(List.of(Map.of("serviceType", "PEER_RUN_ORGANIZATION", "providerName", "Harbor Peer Center")))));
		ana.scheduleHandoff("peer run organization")
			.advance(Duration.ofDays(2))
			.accompany("peer run organization", true);
		contact(ana);
		assertThat(caseload()).as("the case manager stays with them through the transition").isEqualTo(11);
		ana.advance(Duration.ofDays(7)).confirmEngaged("peer run organization", "PARTICIPANT");

		assertThat(status(ana)).isEqualTo(ParticipantStatus.DISCHARGED);
		assertThat(caseload()).as("discharge frees the slot at once").isEqualTo(10);
		assertThat(ana.referral().getStatus()).isEqualTo(ReferralStatus.COMPLETED);
		assertThat(ana.running("case-management")).isEmpty();
		assertThat(ana.running("post-discharge-follow-up")).hasSize(1);
		Instant discharged = EngineTime.now();

		for (int day : List.of(7, 30, 60, 90)) {
			ana.advanceTo(ana.timer("TimerCatch_CheckInDue"));
			assertThat(EngineTime.now()).isEqualTo(discharged.plus(Duration.ofDays(day)));
			Task checkIn = ana.task("Task_CheckIn");
			assertThat(checkIn.getName()).isEqualTo("Follow-up check-in, day " + day + " — Ana S.");
			assertThat(checkIn.getAssignee()).isEqualTo(CASE_MANAGER);
			ana.completeAs(CASE_MANAGER, checkIn, Map.of("checkInReached", "true", "checkInProviderEngaged", "YES",
					"checkInConfirmedWith", "PARTICIPANT", "checkInNote", "Going to the peer center weekly"));
			assertThat(caseload()).isEqualTo(10);
		}

		assertThat(ana.lifecycle()).as("followed up, record closed").isNull();
		assertThat(status(ana)).isEqualTo(ParticipantStatus.CLOSED);
		assertThat(
				this.jdbc.queryForMap("select outcome, follow_up_worker, closed_at is not null as closed from follow_up"
						+ " where participant_id = ?", ana.participantId()))
			.containsEntry("outcome", "COMPLETED")
			.containsEntry("follow_up_worker", CASE_MANAGER)
			.containsEntry("closed", true);
		assertThat(this.jdbc.queryForList(
				"select check_in_day from check_in c join follow_up f on f.id = c.follow_up_id where f.participant_id = ? order by check_in_day",
				Integer.class, ana.participantId()))
			.containsExactly(7, 30, 60, 90);
		assertThat(this.rest.withBasicAuth("sam", DEMO_PASSWORD)
			.getForEntity("/api/participants/" + ana.participantId(), Map.class)
			.getBody()).as("the history stays for reports").containsEntry("status", "CLOSED");
		// Cockpit's lists say whose case each instance is, called ones included
		assertThat(ana.processInstancesEver()).hasSizeGreaterThan(5)
			.allSatisfy(instance -> assertThat(this.engine.getHistoryService()
				.createHistoricProcessInstanceQuery()
				.processInstanceId(instance)
				.singleResult()
				.getBusinessKey()).isEqualTo(ana.caseNumber()));
	}

	@Test
	void aCrisisAtACheckInBringsThemBackToTheSameRecord() {
		ParticipantJourney ben = referredAndScreened("Ben").takeIn().releases().assess(false, "NONE").planApproved();
		this.rest.withBasicAuth("sam", DEMO_PASSWORD)
			.postForEntity("/api/participants/" + ben.participantId() + "/step-down", null, Void.class);
		ben.completeAs("sam", ben.task("Task_ApproveStepDown"), Map.of("stepDownDecision", "APPROVE"));
		ben.completeAs(CASE_MANAGER, ben.task("Task_PlanDischarge"), Map.of("dischargeReason", "PROGRAM_COMPLETION",
				"dischargeKeeps", "Bus pass", "dischargeServices", json(List.of())));
		assertThat(status(ben)).isEqualTo(ParticipantStatus.DISCHARGED);
		assertThat(caseload()).isEqualTo(10);

		ben.advanceTo(ben.timer("TimerCatch_CheckInDue"));
		ben.completeAs(CASE_MANAGER, ben.task("Task_CheckIn"), Map.of("checkInReached", "true", "checkInCrisis", true,
				"checkInWantsReturn", true, "checkInNote", "Lost the room, drinking again"));

		assertThat(ben.lifecycle()).as("follow-up ends with the return").isNull();
		Referral comeback = this.jdbc
			.queryForList("select id from referral where last_name = ? and door = 'PROGRAM_RETURN'", Long.class,
					ben.referral().getLastName())
			.stream()
			.map(id -> this.referralService.find(id).orElseThrow())
			.findFirst()
			.orElseThrow();
		ParticipantJourney returned = ParticipantJourney.of(this.engine, this.referralService, this.participantService,
				comeback);
		Screening.screen(this.engine.getTaskService(), comeback.caseNumber(), Map.of());
		assertThat(returned.referral().getStatus()).isEqualTo(ReferralStatus.ACCEPTED);
		assertThat(this.jdbc.queryForObject("select priority from capacity_decision where referral_id = ?",
				String.class, comeback.getId()))
			.as("a return is a priority referral")
			.isEqualTo("COMMUNITY");
		assertThat(caseload()).isEqualTo(11);
		assertThat(returned.participantId()).as("the same record").isEqualTo(ben.participantId());
		assertThat(this.participantService.enrollmentsOf(ben.participantId())).hasSize(2);

		returned.takeIn();
		assertThat(status(ben)).isEqualTo(ParticipantStatus.ACTIVE);
		assertThat(returned.task("Task_RecordRelease").getAssignee()).isEqualTo(CASE_MANAGER);
	}

	private void contact(ParticipantJourney journey) {
		assertThat(this.rest.withBasicAuth("casey", DEMO_PASSWORD)
			.postForEntity("/api/participants/" + journey.participantId() + "/contacts",
					Map.of("place", "FIELD", "withParticipant", true, "note", "Checked in at the camp"), Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		journey.runDueJobs();
	}

	private ParticipantJourney referredAndScreened(String firstName) {
		return ParticipantJourney
			.refer(this.engine, this.referralService, this.participantService, Door.COMMUNITY, firstName,
					"Step-" + UUID.randomUUID())
			.screenEligible(true);
	}

	private ParticipantStatus status(ParticipantJourney journey) {
		return this.participantService.get(journey.participantId()).getStatus();
	}

	private long caseload() {
		return CaseloadFixture.caseloadOf(this.capacity, CASE_MANAGER);
	}

}
