package org.waypoint.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.support.WaypointIntegrationTest.DEMO_PASSWORD;

import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waypoint.capacity.CapacityService;
import org.waypoint.participant.ParticipantService;
import org.waypoint.referral.Door;
import org.waypoint.referral.ReferralService;
import org.waypoint.support.CamundaForm;
import org.waypoint.support.CaseloadFixture;
import org.waypoint.support.ParticipantJourney;
import org.waypoint.support.EngineTables;
import org.waypoint.support.TasklistBrowser;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * Engagement in Tasklist: the demo outreach worker records an attempt to locate someone
 * not yet reached, and the demo case manager logs a contact, each through its Camunda
 * Form.
 */
@WaypointIntegrationTest
class EngagementBrowserIT {

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
	JdbcTemplate jdbc;

	@Test
	void outreachWorkerRecordsAnAttemptAndTheCaseManagerLogsAContact() {
		CaseloadFixture.onlyCaseManagersHolding(this.engine, this.jdbc, this.capacity, Map.of("casey", 4));
		String lastName = "Quill" + UUID.randomUUID().toString().substring(0, 4);
		ParticipantJourney tomas = ParticipantJourney
			.refer(this.engine, this.referralService, this.participantService, Door.LAW_ENFORCEMENT_SOCIAL_CONTACT,
					"Tomas", lastName)
			.screenEligible(false);
		String attemptTask = "Locate Tomas " + lastName.charAt(0) + ". — attempt 1";

		try (TasklistBrowser browser = new TasklistBrowser(this.port)) {
			Page olivia = browser.logIn("olivia", DEMO_PASSWORD);
			try {
				olivia.getByText("Outreach queue").first().click();
				olivia.getByText(attemptTask).first().click();
				olivia.getByText("Claim").click();
				assertThat(olivia.getByText("Where to look: Library steps most afternoons")).isVisible();
				olivia.getByLabel("Where did you look?").fill("Library steps, the transit center");
				olivia.getByLabel("Who saw them?").fill("Library security, this morning");
				olivia.getByLabel("Note").fill("Left a card with security");
				new CamundaForm(olivia).complete();
				assertThat(olivia.getByText(attemptTask)).hasCount(0);
			}
			finally {
				TasklistBrowser.screenshot(olivia, "outreach-attempt-olivia");
			}

			Page casey = browser.logIn("casey", DEMO_PASSWORD);
			try {
				casey.getByText("Start process").click();
				casey.getByText("Record a contact").first().click();
				casey.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start")).click();
				casey.getByText("My caseload").first().click();
				casey.getByText("Record a contact").first().click();
				casey.getByLabel("Case number (e.g. R-00042)").fill(tomas.caseNumber());
				casey.getByLabel("Shelter").check();
				casey.getByLabel("Yes, with the participant").check();
				casey.getByLabel("Short note").fill("Found him at the shelter; intake set for Monday");
				new CamundaForm(casey).complete();
				assertThat(casey.getByText("Contact — ")).hasCount(0);
			}
			finally {
				TasklistBrowser.screenshot(casey, "record-contact-casey");
			}
		}

		assertThat(this.jdbc.queryForMap(
				"select attempt_number, attempted_by, places_searched, who_saw, located from outreach_attempt where participant_id = ?",
				tomas.participantId()))
			.containsEntry("attempt_number", 1)
			.containsEntry("attempted_by", "olivia")
			.containsEntry("places_searched", "Library steps, the transit center")
			.containsEntry("who_saw", "Library security, this morning")
			.containsEntry("located", false);
		assertThat(this.jdbc.queryForMap(
				"select staff_user_id, place, with_participant, note from contact where participant_id = ?",
				tomas.participantId()))
			.containsEntry("staff_user_id", "casey")
			.containsEntry("place", "SHELTER")
			.containsEntry("with_participant", true)
			.containsEntry("note", "Found him at the shelter; intake set for Monday");
		assertThat(tomas.running("outreach")).as("the contact reached the person: the search stops").isEmpty();
		EngineTables.assertNoTraceOf(this.jdbc, lastName, "Library steps, the transit center",
				"Library security, this morning", "Left a card with security",
				"Found him at the shelter; intake set for Monday");
	}

}
