package org.waypoint.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.support.WaypointIntegrationTest.DEMO_PASSWORD;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waypoint.capacity.CapacityService;
import org.waypoint.referral.Door;
import org.waypoint.support.EngineTime;
import org.waypoint.support.Journeys;
import org.waypoint.support.PolicyDrafts;
import org.waypoint.support.TasklistBrowser;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * The program admin previews an average of 18 on Cockpit's program page, from the file
 * Modeler saved, over the decisions of the last six months (an arrest diversion at 17.5
 * and a pretrial referral at 18.5 with the reserve), then deploys it with a reason.
 */
@WaypointIntegrationTest
class PolicyPreviewBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	Journeys journeys;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	CapacityService capacity;

	@AfterEach
	void shippedPolicyAgain() {
		PolicyDrafts.undeployPreviewed(this.repositoryService, this.jdbc);
		EngineTime.reset();
	}

	@Test
	void adaPreviewsAnAverageOfEighteenAndDeploysIt() throws IOException {
		EngineTime.setNow(EngineTime.start());
		String suffix = UUID.randomUUID().toString().substring(0, 4);
		this.journeys.onlyCaseManagersHolding(Map.of("cm-policy-c-" + suffix, 17, "cm-policy-d-" + suffix, 17));
		this.journeys.refer(Door.LAW_ENFORCEMENT_ARREST_DIVERSION, "Ari", "Browser-" + suffix).screenEligible(true);
		this.journeys.refer(Door.PRETRIAL_DIVERSION, "Pia", "Browser-" + suffix).screenEligible(true);
		Path draft = Files.createDirectories(Path.of("target", "policy-drafts")).resolve("caseload-standards.dmn");
		Files.writeString(draft, PolicyDrafts.withCell("caseload-standards", "OutputEntry_AverageLimit", 18));

		try (TasklistBrowser browser = new TasklistBrowser(this.port)) {
			Page ada = browser.logIn("/camunda/app/cockpit/", "ada", DEMO_PASSWORD);
			try {
				ada.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Program").setExact(true))
					.first()
					.click();
				Locator program = ada.locator(".waypoint-program");
				assertThat(program.locator(".waypoint-policy-changes")).containsText("No policy change deployed");
				program.getByLabel("Changed policy table").setInputFiles(draft);
				program.getByText("Preview", new Locator.GetByTextOptions().setExact(true)).click();

				Locator preview = program.locator(".waypoint-policy-preview");
				assertThat(preview.locator(".waypoint-policy-summary"))
					.containsText("1 of 2 decisions would have gone otherwise");
				assertThat(preview).containsText("Under the draft: average 18, pacing 18, cap 25, intensive 15.");
				assertThat(preview).containsText("with them the average would be 18.5, above 18");
				TasklistBrowser.screenshot(ada, "policy-preview-ada");

				preview.getByLabel("Why this changes").fill("Two posts vacant until March");
				preview.getByText("Deploy", new Locator.GetByTextOptions().setExact(true)).click();
				assertThat(preview).containsText("Deployed as caseload-standards version");
				assertThat(program.locator(".waypoint-policy-changes")).containsText("Two posts vacant until March");
				TasklistBrowser.screenshot(ada, "policy-deployed-ada");
			}
			finally {
				TasklistBrowser.screenshot(ada, "policy-ada-end");
			}
		}
		assertThat(this.capacity.standards().averageLimit()).isEqualTo(18);
	}

}
