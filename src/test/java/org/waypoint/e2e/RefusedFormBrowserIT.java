package org.waypoint.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.support.WaypointIntegrationTest.DEMO_PASSWORD;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waypoint.support.EngineTables;
import org.waypoint.support.TasklistBrowser;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * A form a rule refuses, as the worker meets it in Tasklist: the reason in words (no Java
 * class, no task id), and what they typed still there when they come back to the task.
 */
@WaypointIntegrationTest
class RefusedFormBrowserIT {

	private static final String NOTE = "Called the shelter front desk about her bed tonight";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theReasonIsReadableAndTheInputIsKept() {
		try (TasklistBrowser browser = new TasklistBrowser(this.port)) {
			Page casey = browser.logIn("casey", DEMO_PASSWORD);
			try {
				casey.getByText("Start process").click();
				casey.getByText("Record a contact").first().click();
				casey.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start")).click();
				casey.getByText("My caseload").first().click();
				casey.getByText("Record a contact").first().click();
				casey.getByLabel("Case number (e.g. R-00042)").fill("R-99999");
				casey.getByLabel("Phone").check();
				casey.getByLabel("No: about them, or an attempt").check();
				casey.getByLabel("Short note").fill(NOTE);
				casey.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete")).click();

				Locator banner = casey
					.getByText("The contact was not recorded: no participant has case number R-99999");
				assertThat(banner).isVisible();
				assertThat(casey.locator(".notifications").innerText()).doesNotContain("org.waypoint")
					.doesNotContain("Cannot submit task form");

				casey.reload();
				casey.getByText("My caseload").first().click();
				casey.getByText("Record a contact").first().click();
				assertThat(casey.getByLabel("Short note")).hasValue(NOTE);
				assertThat(casey.getByLabel("Case number (e.g. R-00042)")).hasValue("R-99999");
			}
			finally {
				TasklistBrowser.screenshot(casey, "refused-contact-casey");
			}
		}
		EngineTables.assertNoTraceOf(this.jdbc, NOTE);
	}

}
