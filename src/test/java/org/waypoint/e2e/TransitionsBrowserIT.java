package org.waypoint.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.e2e.FirstWalkBrowserIT.open;
import static org.waypoint.support.ParticipantJourney.release;
import static org.waypoint.support.WaypointIntegrationTest.DEMO_PASSWORD;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Page;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waypoint.capacity.CapacityService;
import org.waypoint.participant.ParticipantService;
import org.waypoint.participant.ParticipantStatus;
import org.waypoint.referral.Door;
import org.waypoint.referral.ReferralService;
import org.waypoint.support.CamundaForm;
import org.waypoint.support.CaseloadFixture;
import org.waypoint.support.EngineTables;
import org.waypoint.support.EngineTime;
import org.waypoint.support.ParticipantJourney;
import org.waypoint.support.TasklistBrowser;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * Transitions in Tasklist: the demo supervisor approves a step-down, the demo case
 * manager writes the discharge plan and, after the discharge, makes the first follow-up
 * check-in, each through its Camunda Form.
 */
@WaypointIntegrationTest
class TransitionsBrowserIT {

	@LocalServerPort
	int port;

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

	@AfterEach
	void realTime() {
		EngineTime.reset();
	}

	@Test
	void stepDownDischargePlanAndCheckInThroughTheirForms() {
		CaseloadFixture.onlyCaseManagersHolding(this.engine, this.jdbc, this.capacity, Map.of("casey", 4));
		ParticipantJourney walt = ParticipantJourney
			.refer(this.engine, this.referralService, this.participantService, Door.COMMUNITY, "Walt",
					"Wren" + UUID.randomUUID().toString().substring(0, 4))
			.screenEligible(true)
			.takeIn()
			.releases(release("REFERRING_AGENCY", "PARTICIPATION"))
			.assess(false, "NONE")
			.planApproved();
		assertThat(this.rest.withBasicAuth("casey", DEMO_PASSWORD)
			.postForEntity("/api/participants/" + walt.participantId() + "/step-down", null, Void.class)
			.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

		try (TasklistBrowser browser = new TasklistBrowser(this.port)) {
			Page sam = browser.logIn("sam", DEMO_PASSWORD);
			try {
				open(sam, "Team queue", "Approve step-down — Walt W.");
				sam.getByText("Claim").click();
				new CamundaForm(sam).choose("Your decision", "Approve the step-down").complete();
				assertThat(sam.getByText("Approve step-down — Walt W.")).hasCount(0);
			}
			finally {
				TasklistBrowser.screenshot(sam, "approve-step-down-sam");
			}

			Page casey = browser.logIn("casey", DEMO_PASSWORD);
			try {
				open(casey, "My caseload", "Discharge plan — Walt W.");
				new CamundaForm(casey).choose("Reason", "Step-down to less intensive services")
					.select("Service", "Peer-run organization")
					.fill("Provider", "Harbor Peer Center")
					.fill("What they keep: documents, benefits, appointments", "ID card, bus pass, clinic on the 3rd")
					.complete();
				assertThat(casey.getByText("Discharge plan — Walt W.")).hasCount(0);
			}
			finally {
				TasklistBrowser.screenshot(casey, "discharge-plan-casey");
			}

			walt.scheduleHandoff("peer run organization")
				.advance(Duration.ofDays(2))
				.accompany("peer run organization", true)
				.advance(Duration.ofDays(7))
				.confirmEngaged("peer run organization", "PARTICIPANT");
			assertThat(this.participantService.get(walt.participantId()).getStatus())
				.isEqualTo(ParticipantStatus.DISCHARGED);
			walt.advanceTo(walt.timer("TimerCatch_CheckInDue"));

			casey = browser.logIn("casey", DEMO_PASSWORD);
			try {
				open(casey, "My caseload", "Follow-up check-in, day 7 — Walt W.");
				new CamundaForm(casey).choose("Was the participant reached?", "Yes")
					.choose("Engaged with the new provider?", "Yes")
					.choose("Confirmed with", "The participant")
					.fill("Note", "Goes to the peer center every Tuesday")
					.complete();
				assertThat(casey.getByText("Follow-up check-in, day 7 — Walt W.")).hasCount(0);
			}
			finally {
				TasklistBrowser.screenshot(casey, "follow-up-check-in-casey");
			}
		}

		long participant = walt.participantId();
		assertThat(this.jdbc.queryForMap(
				"select approved, reviewed_by, proposed_by from step_down_review where participant_id = ?",
				participant))
			.containsEntry("approved", true)
			.containsEntry("reviewed_by", "sam")
			.containsEntry("proposed_by", "casey");
		assertThat(this.jdbc
			.queryForMap("select reason, keeps, planned_by from discharge_plan where participant_id = ?", participant))
			.containsEntry("reason", "STEP_DOWN")
			.containsEntry("keeps", "ID card, bus pass, clinic on the 3rd")
			.containsEntry("planned_by", "casey");
		assertThat(this.jdbc.queryForMap("select h.service_type, h.origin, h.provider_name from handoff h"
				+ " where h.participant_id = ? and h.origin = 'DISCHARGE'", participant))
			.containsEntry("service_type", "PEER_RUN_ORGANIZATION")
			.containsEntry("provider_name", "peer run organization provider");
		assertThat(this.jdbc
			.queryForMap("select c.check_in_day, c.reached, c.provider_engaged, c.confirmed_with, c.note,"
					+ " c.recorded_by from check_in c join follow_up f on f.id = c.follow_up_id where f.participant_id = ?",
					participant))
			.containsEntry("check_in_day", 7)
			.containsEntry("reached", true)
			.containsEntry("provider_engaged", "YES")
			.containsEntry("confirmed_with", "PARTICIPANT")
			.containsEntry("note", "Goes to the peer center every Tuesday")
			.containsEntry("recorded_by", "casey");
		EngineTables.assertNoTraceOf(this.jdbc, walt.referral().getLastName(), "Harbor Peer Center",
				"ID card, bus pass, clinic on the 3rd", "Goes to the peer center every Tuesday");
	}

}
