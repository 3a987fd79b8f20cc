package org.waypoint.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.e2e.FirstWalkBrowserIT.open;
import static org.waypoint.support.ParticipantJourney.release;
import static org.waypoint.support.WaypointIntegrationTest.DEMO_PASSWORD;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * Active case management in Tasklist: the demo case manager works a warm handoff
 * (schedule, go along, confirm engagement a week later) and answers a relapse a partner
 * reported, each through its Camunda Form.
 */
@WaypointIntegrationTest
class HandoffAndCrisisBrowserIT {

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
	void warmHandoffAndCrisisResponseThroughTheirForms() {
		CaseloadFixture.onlyCaseManagersHolding(this.engine, this.jdbc, this.capacity, Map.of("casey", 4));
		ParticipantJourney vera = ParticipantJourney
			.refer(this.engine, this.referralService, this.participantService, Door.COMMUNITY, "Vera",
					"Voss" + UUID.randomUUID().toString().substring(0, 4))
			.screenEligible(true)
			.takeIn()
			.releases(release("MENTAL_HEALTH_PROVIDER", "PARTICIPATION"))
			.assess(true, "NONE")
			.planApproved("MENTAL_HEALTH");
		String handoff = "Warm handoff — Vera V., mental health: ";
		LocalDate appointmentDay = LocalDate.ofInstant(EngineTime.now(), ZoneOffset.UTC).plusDays(3);

		try (TasklistBrowser browser = new TasklistBrowser(this.port)) {
			Page casey = browser.logIn("casey", DEMO_PASSWORD);
			try {
				open(casey, "My caseload", handoff + "schedule");
				new CamundaForm(casey).fill("Provider", "Eastside Clinic")
					.fill("Contact at the provider (name, phone)", "Dana at intake, 555-0142")
					.fill("Where", "Eastside Clinic, 2nd floor")
					.choose("Who goes with them", "I do")
					.date("Appointment date", appointmentDay)
					.time("Time", "14:30")
					.complete();
				assertThat(casey.getByText(handoff + "schedule")).hasCount(0);

				open(casey, "My caseload", handoff + "go with them");
				new CamundaForm(casey).fill("Who went with them", "Casey")
					.choose("How you got there", "Bus or train")
					.choose("Did the provider see them?", "Yes")
					.complete();
				assertThat(casey.getByText(handoff + "go with them")).hasCount(0);
			}
			finally {
				TasklistBrowser.screenshot(casey, "warm-handoff-casey");
			}

			vera.advance(Duration.ofDays(10));
			assertThat(this.rest.withBasicAuth("rita", DEMO_PASSWORD)
				.postForEntity("/api/referrals/" + vera.referral().getId() + "/crises",
						Map.of("kind", "MENTAL_HEALTH_CRISIS", "description", "Taken to the ER by the officer"),
						Map.class)
				.getStatusCode()).isEqualTo(HttpStatus.CREATED);

			casey = browser.logIn("casey", DEMO_PASSWORD);
			try {
				open(casey, "My caseload", handoff + "confirm engagement");
				new CamundaForm(casey).choose("Outcome", "Engaged with the provider")
					.choose("Confirmed with", "The provider (release needed)")
					.complete();
				assertThat(casey.getByText(handoff + "confirm engagement")).hasCount(0);

				open(casey, "Crisis", "Respond to crisis — Vera V.");
				new CamundaForm(casey).fill("What was done", "Met her at the ER; she went home with her sister")
					.fill("Treatment response (provider, medication, detox, appointment)",
							"Eastside Clinic sees her tomorrow")
					.check("Resolved: a reassessment follows; otherwise it stays open and contacts stay daily")
					.complete();
				assertThat(casey.getByText("Respond to crisis — Vera V.")).hasCount(0);
			}
			finally {
				TasklistBrowser.screenshot(casey, "crisis-response-casey");
			}
		}

		long participant = vera.participantId();
		assertThat(this.jdbc.queryForMap("select h.provider_name, h.outcome, h.confirmed_with, a.place, a.accompanier,"
				+ " a.who_went, a.transport, a.seen from handoff h join handoff_appointment a on a.handoff_id = h.id"
				+ " where h.participant_id = ?", participant))
			.containsEntry("provider_name", "Eastside Clinic")
			.containsEntry("outcome", "ENGAGED")
			.containsEntry("confirmed_with", "PROVIDER")
			.containsEntry("place", "Eastside Clinic, 2nd floor")
			.containsEntry("accompanier", "CASE_MANAGER")
			.containsEntry("who_went", "Casey")
			.containsEntry("transport", "PUBLIC_TRANSIT")
			.containsEntry("seen", true);
		assertThat(this.jdbc.queryForMap(
				"select kind, responded_by, response, resolved_at is not null as resolved from crisis where participant_id = ?",
				participant))
			.containsEntry("kind", "MENTAL_HEALTH_CRISIS")
			.containsEntry("responded_by", "casey")
			.containsEntry("response", "Met her at the ER; she went home with her sister")
			.containsEntry("resolved", true);
		assertThat(vera.task("Task_AssessRiskNeedsResponsivity").getName()).as("a reassessment follows")
			.startsWith("Assessment — Vera V.");
		EngineTables.assertNoTraceOf(this.jdbc, vera.referral().getLastName(), "Eastside Clinic",
				"Dana at intake, 555-0142", "Met her at the ER; she went home with her sister",
				"Taken to the ER by the officer");
	}

}
