package org.waypoint.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.waypoint.support.ParticipantJourney.release;
import static org.waypoint.support.WaypointIntegrationTest.DEMO_PASSWORD;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.waypoint.referral.Door;
import org.waypoint.support.EngineTime;
import org.waypoint.support.Journeys;
import org.waypoint.support.ParticipantJourney;
import org.waypoint.support.TasklistBrowser;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * One participant's case file beside a task, as each role reads it in Tasklist: her case
 * manager and a clinician see everything; a supervisor sees the clinical detail but not
 * the substance-use information (42 CFR Part 2); outreach and peer staff see the person,
 * where they stand and the work, and are told what was left out.
 */
@WaypointIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseFileByRoleBrowserIT {

	private static final String CLINICAL = "Responds best to morning visits";

	private static final String PLAN_GOAL = "Plan goal: a room by spring";

	private static final String SUBSTANCE_USE_RELEASE = "Substance use provider";

	@LocalServerPort
	int port;

	@Autowired
	Journeys journeys;

	@Autowired
	ProcessEngine engine;

	private ParticipantJourney wren;

	private TasklistBrowser browser;

	@BeforeAll
	void wrenAssessedWithASubstanceUseRelease() {
		this.journeys.onlyCaseManagersHolding(Map.of("casey", 3));
		this.wren = this.journeys.refer(Door.COMMUNITY, "Wren", "Role" + UUID.randomUUID().toString().substring(0, 4))
			.screenEligible(true)
			.takeIn()
			.releases(release("PROBATION", "PARTICIPATION"),
					release("SUBSTANCE_USE_PROVIDER", "PARTICIPATION", "SUBSTANCE_USE"))
			.assess(false, "ABUSE")
			.planApproved();
		this.browser = new TasklistBrowser(this.port);
	}

	@AfterAll
	void closeBrowser() {
		this.browser.close();
		EngineTime.reset();
	}

	@ParameterizedTest(name = "{0} ({1})")
	@CsvSource({ "casey, her case manager, true, true", "clara, a clinician, true, true",
			"sam, a supervisor, true, false", "olivia, outreach, false, false",
			"pete, a peer specialist, false, false" })
	void eachRoleSeesWhatItMay(String login, String role, boolean seesClinical, boolean seesSubstanceUse) {
		Task task = taskAboutWrenFor(login);
		Page page = this.browser.logIn(login, DEMO_PASSWORD);
		try {
			TasklistBrowser.openTask(page, task.getId());
			TasklistBrowser.taskTab(page, "Case file");
			Locator file = page.locator(".waypoint-case-file");
			assertThat(file.locator("h3")).containsText(this.wren.caseNumber());
			assertThat(file).containsText("Probation: probation contact");
			assertThat(file.locator(".waypoint-timeline")).containsText("Intake completed");
			for (String clinical : List.of(CLINICAL, PLAN_GOAL)) {
				assertVisibleOnlyIf(file, clinical, seesClinical);
			}
			assertVisibleOnlyIf(file, SUBSTANCE_USE_RELEASE, seesSubstanceUse);
			assertVisibleOnlyIf(file, "Abuse", seesSubstanceUse);
			Locator withheld = page.locator(".waypoint-withheld");
			if (seesClinical && seesSubstanceUse) {
				assertThat(withheld).hasCount(0);
			}
			else {
				assertThat(withheld).containsText(seesClinical ? "42 CFR Part 2" : "clinical detail");
			}
		}
		finally {
			TasklistBrowser.screenshot(page, "case-file-as-" + login);
			this.engine.getTaskService().deleteTask(task.getId(), true);
		}
	}

	private static void assertVisibleOnlyIf(Locator file, String text, boolean visible) {
		if (visible) {
			assertThat(file).containsText(text);
		}
		else {
			assertThat(file).not().containsText(text);
		}
	}

	/** A task of the reader's own about Wren, as any of her processes would give them. */
	private Task taskAboutWrenFor(String login) {
		TaskService tasks = this.engine.getTaskService();
		Task task = tasks.newTask();
		task.setName("Look at Wren's case file");
		task.setAssignee(login);
		tasks.saveTask(task);
		tasks.setVariableLocal(task.getId(), "participantId", this.wren.participantId());
		return task;
	}

}
