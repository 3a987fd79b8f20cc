package org.waypoint.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.support.WaypointIntegrationTest.DEMO_PASSWORD;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.waypoint.referral.Door;
import org.waypoint.support.Batches;
import org.waypoint.support.EngineTime;
import org.waypoint.support.Journeys;
import org.waypoint.support.ParticipantJourney;
import org.waypoint.support.PolicyDrafts;
import org.waypoint.support.TasklistBrowser;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * After a changed contact-watch is deployed, the program admin runs the dry run on
 * Cockpit's program page (one case just taken in can move, one in the wind cannot) and
 * moves the open cases that can.
 */
@WaypointIntegrationTest
class OpenCaseMigrationBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	Journeys journeys;

	@Autowired
	ProcessEngine engine;

	@Autowired
	RepositoryService repositoryService;

	private String changedModel;

	@AfterEach
	void shippedModelAgain() {
		if (this.changedModel != null) {
			this.repositoryService.deleteDeployment(this.changedModel, true);
		}
		EngineTime.reset();
	}

	@Test
	void adaMovesTheOpenCasesThatCanMove() {
		EngineTime.setNow(EngineTime.start());
		String suffix = UUID.randomUUID().toString().substring(0, 4);
		this.journeys.onlyCaseManagersHolding(Map.of("cm-move-" + suffix, 2));
		ParticipantJourney atReleases = taken("Dee", suffix);
		ParticipantJourney inTheWind = taken("Eli", suffix);
		inTheWind.advance(Duration.ofDays(7)).advance(Duration.ofDays(7));
		this.changedModel = PolicyDrafts.deployContactWatchWithANewStep(this.repositoryService);

		try (TasklistBrowser browser = new TasklistBrowser(this.port)) {
			Page ada = browser.logIn("/camunda/app/cockpit/", "ada", DEMO_PASSWORD);
			try {
				ada.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Program").setExact(true))
					.first()
					.click();
				ada.getByLabel("Dry run contact-watch").click();
				Locator dryRun = ada.locator(".waypoint-migration-dry-run");
				assertThat(dryRun.locator("tr", new Locator.LocatorOptions().setHasText(atReleases.caseNumber())))
					.containsText("yes");
				assertThat(dryRun.locator("tr", new Locator.LocatorOptions().setHasText(inTheWind.caseNumber())))
					.containsText("no: Seek the participant (CallActivity_SeekInTheWind)");
				TasklistBrowser.screenshot(ada, "migration-dry-run-ada");

				dryRun.getByText("that can", new Locator.GetByTextOptions().setExact(false)).click();
				assertThat(dryRun).containsText("moving to version");
				TasklistBrowser.screenshot(ada, "migration-moving-ada");
			}
			finally {
				TasklistBrowser.screenshot(ada, "migration-ada-end");
			}
		}
		Batches.runAll(this.engine.getManagementService());
		String changed = this.repositoryService.createProcessDefinitionQuery()
			.deploymentId(this.changedModel)
			.singleResult()
			.getId();
		assertThat(atReleases.running("contact-watch").get(0).getProcessDefinitionId()).isEqualTo(changed);
		assertThat(inTheWind.running("contact-watch").get(0).getProcessDefinitionId()).isNotEqualTo(changed);
	}

	private ParticipantJourney taken(String firstName, String suffix) {
		return this.journeys.refer(Door.COMMUNITY, firstName, "Move-" + suffix).screenEligible(true).takeIn();
	}

}
