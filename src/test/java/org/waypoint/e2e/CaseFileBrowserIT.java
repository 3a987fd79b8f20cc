package org.waypoint.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.support.ParticipantJourney.release;
import static org.waypoint.support.WaypointIntegrationTest.DEMO_PASSWORD;

import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waypoint.referral.Door;
import org.waypoint.support.CamundaForm;
import org.waypoint.support.EngineTime;
import org.waypoint.support.Journeys;
import org.waypoint.support.ParticipantJourney;
import org.waypoint.support.TasklistBrowser;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * The person beside the task, in Tasklist: the case manager opens a handoff task and
 * reads Wren's case file in its tab, goes back to the form with what she typed still
 * there, finds Wren under "My participants" and records a contact from her file without
 * typing her case number; an outreach worker screening a referral sees who was referred
 * and why, and nothing clinical of anyone.
 */
@WaypointIntegrationTest
class CaseFileBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	Journeys journeys;

	@Autowired
	ProcessEngine engine;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void realTime() {
		EngineTime.reset();
	}

	@Test
	void theCaseFileBesideTheTaskAndMyParticipants() {
		this.journeys.onlyCaseManagersHolding(Map.of("casey", 3));
		String lastName = "Wood" + UUID.randomUUID().toString().substring(0, 4);
		ParticipantJourney wren = this.journeys.refer(Door.COMMUNITY, "Wren", lastName)
			.screenEligible(true)
			.takeIn()
			.releases(release("PROBATION", "PARTICIPATION"))
			.assess(false, "USE")
			.planApproved("HOUSING");
		Task schedule = wren.handoffTask("Task_ScheduleHandoff", "housing");

		try (TasklistBrowser browser = new TasklistBrowser(this.port)) {
			Page casey = browser.logIn("casey", DEMO_PASSWORD);
			try {
				TasklistBrowser.openTask(casey, schedule.getId());
				new CamundaForm(casey).fill("Provider", "Northside Housing");

				TasklistBrowser.taskTab(casey, "Case file");
				Locator file = casey.locator(".waypoint-case-file");
				assertThat(file.locator("h3")).containsText("Wren " + lastName);
				assertThat(file.locator("h3")).containsText(wren.caseNumber());
				assertThat(file).containsText("Active");
				assertThat(file).containsText("Basic case management");
				assertThat(file).containsText("Probation: probation contact");
				assertThat(file).containsText("Plan goal: a room by spring");
				assertThat(file).containsText("Substance use");
				assertThat(file.locator(".waypoint-timeline")).containsText("Intake completed");
				TasklistBrowser.screenshot(casey, "case-file-casey");

				TasklistBrowser.taskTab(casey, "Form");
				assertThat(new CamundaForm(casey).field("Provider").locator("input")).hasValue("Northside Housing");

				casey.getByText("My participants").click();
				Locator panel = casey.locator(".waypoint-panel");
				panel.getByText("Wren " + lastName).click();
				assertThat(panel.locator(".waypoint-case-file h3")).containsText(wren.caseNumber());
				TasklistBrowser.screenshot(casey, "my-participants-casey");

				// a contact recorded from the file: the form already names Wren, no case
				// number to type
				panel.getByText("Record a contact").click();
				assertThat(panel).hasCount(0);
				assertThat(casey.getByText("Contact — Wren " + lastName.charAt(0) + ". (" + wren.caseNumber() + ")"))
					.isVisible();
				assertThat(casey.getByLabel("Case number (e.g. R-00042)")).hasCount(0);
				casey.getByLabel("Shelter").check();
				casey.getByLabel("Yes, with the participant").check();
				casey.getByLabel("Short note").fill("Talked through the housing visit");
				new CamundaForm(casey).complete();
			}
			finally {
				TasklistBrowser.screenshot(casey, "case-file-casey-end");
			}
			assertThat(this.jdbc.queryForList("select note from contact where participant_id = ?", String.class,
					wren.participantId()))
				.contains("Talked through the housing visit");

			ParticipantJourney ned = this.journeys.refer(Door.COMMUNITY, "Ned",
					"Screen" + UUID.randomUUID().toString().substring(0, 4));
			Task screening = this.engine.getTaskService()
				.createTaskQuery()
				.taskDefinitionKey("Task_ScreenReferral")
				.processVariableValueEquals("referralId", ned.referral().getId())
				.singleResult();
			Page olivia = browser.logIn("olivia", DEMO_PASSWORD);
			try {
				TasklistBrowser.openTask(olivia, screening.getId());
				TasklistBrowser.taskTab(olivia, "Case file");
				Locator file = olivia.locator(".waypoint-case-file");
				assertThat(file).containsText("Asked for help");
				assertThat(file).containsText("Library steps most afternoons");
				assertThat(file).containsText("Central Precinct");
				TasklistBrowser.screenshot(olivia, "case-file-screening-olivia");
			}
			finally {
				TasklistBrowser.screenshot(olivia, "case-file-olivia-end");
			}
		}
	}

}
