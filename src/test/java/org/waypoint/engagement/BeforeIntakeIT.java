package org.waypoint.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.support.WaypointIntegrationTest.DEMO_PASSWORD;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
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
import org.waypoint.support.WaypointIntegrationTest;

/**
 * Before intake, walked with the timers: the referrer reads what a supervisor decided
 * when the intake window passed, and a person outreach finds is no longer inactive.
 */
@WaypointIntegrationTest
class BeforeIntakeIT {

	@Autowired
	ProcessEngine engine;

	@Autowired
	ReferralService referralService;

	@Autowired
	ParticipantService participantService;

	@Autowired
	CapacityService capacity;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestRestTemplate rest;

	@BeforeEach
	void aCaseManagerWithRoom() {
		CaseloadFixture.onlyCaseManagersHolding(this.engine, this.jdbc, this.capacity, Map.of("cm-intake", 3));
		EngineTime.setNow(EngineTime.start());
	}

	@AfterEach
	void realTime() {
		EngineTime.reset();
	}

	@Test
	@SuppressWarnings("unchecked")
	void theReferrerReadsWhatTheSupervisorDecidedWhenTheWindowPassed() {
		ParticipantJourney extended = refer("Elia", Door.LAW_ENFORCEMENT_ARREST_DIVERSION).screenEligible(true);
		ParticipantJourney sought = refer("Sami", Door.LAW_ENFORCEMENT_ARREST_DIVERSION).screenEligible(true);
		extended.advance(Duration.ofDays(30));
		sought.runDueJobs();
		assertThat(referral(extended).getStatusReason()).contains("a supervisor decides whether to extend it");

		extended.completeAs("sam", extended.task("Task_DecideMissedIntake"),
				Map.of("missedIntakeDecision", "EXTEND", "extensionDays", 10));
		sought.completeAs("sam", sought.task("Task_DecideMissedIntake"),
				Map.of("missedIntakeDecision", "KEEP_SEEKING", "extensionDays", 14));

		assertThat(referral(extended).getStatus()).isEqualTo(ReferralStatus.INTAKE_OVERDUE);
		assertThat(referral(extended).getStatusReason())
			.isEqualTo("Intake overdue: the intake window was extended until " + today().plusDays(10));
		assertThat(referral(sought).getStatusReason()).isEqualTo(
				"Intake overdue: outreach keeps seeking the person; intake stays open until " + today().plusDays(14));

		// the case file and the program view read the new deadline, not the door's window
		Map<String, Object> standing = (Map<String, Object>) this.rest.withBasicAuth("sam", DEMO_PASSWORD)
			.getForObject("/api/participants/" + extended.participantId() + "/case-file", Map.class)
			.get("standing");
		assertThat(standing).containsEntry("summary", "Engaging, intake due in 10 days");
	}

	@Test
	void aPersonOutreachFindsIsNoLongerInactive() {
		ParticipantJourney noor = refer("Noor", Door.COMMUNITY).screenEligible(false);
		for (int attempt = 1; attempt <= 5; attempt++) {
			noor.completeAs("olivia", noor.task("Task_LocateParticipant"),
					Map.of("placesSearched", "Riverside camp", "located", false));
			noor.advance(Duration.ofDays(3));
		}
		noor.completeAs("sam", noor.task("Task_ReviewOutreach"), Map.of("outreachDecision", "MARK_INACTIVE"));
		assertThat(status(noor)).isEqualTo(ParticipantStatus.INACTIVE);
		noor.advance(Duration.ofDays(14));

		noor.completeAs("olivia", noor.task("Task_LocateParticipant"),
				Map.of("placesSearched", "Library steps", "located", true));

		assertThat(status(noor)).as("located is not inactive").isEqualTo(ParticipantStatus.ENGAGING);
	}

	private ParticipantJourney refer(String firstName, Door door) {
		return ParticipantJourney.refer(this.engine, this.referralService, this.participantService, door, firstName,
				"Intake-" + UUID.randomUUID());
	}

	private Referral referral(ParticipantJourney journey) {
		return this.referralService.find(journey.referral().getId()).orElseThrow();
	}

	private ParticipantStatus status(ParticipantJourney journey) {
		return this.participantService.get(journey.participantId()).getStatus();
	}

	private static LocalDate today() {
		return LocalDate.ofInstant(EngineTime.now(), ZoneOffset.UTC);
	}

}
