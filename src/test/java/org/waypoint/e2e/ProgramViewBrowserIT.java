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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waypoint.referral.Door;
import org.waypoint.support.EngineTime;
import org.waypoint.support.Journeys;
import org.waypoint.support.ParticipantJourney;
import org.waypoint.support.TasklistBrowser;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * The supervisor opens the program view in Cockpit: the caseloads as a chart and a table,
 * the capacity forecast, the people at risk of being lost, and a participant's case file
 * from the list; then sets a case manager's own limit and leave.
 */
@WaypointIntegrationTest
class ProgramViewBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	Journeys journeys;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void realTime() {
		EngineTime.reset();
	}

	@Test
	void samSeesTheCaseloadsAndOpensSomeoneInTheWind() {
		EngineTime.setNow(EngineTime.start());
		String cover = "cm-cover-" + UUID.randomUUID().toString().substring(0, 4);
		this.journeys.onlyCaseManagersHolding(Map.of("casey", 11, cover, 0));
		String lastName = "Wind" + UUID.randomUUID().toString().substring(0, 4);
		ParticipantJourney wanda = this.journeys.refer(Door.COMMUNITY, "Wanda", lastName).screenEligible(true).takeIn();
		wanda.advance(Duration.ofDays(7)).advance(Duration.ofDays(7));

		try (TasklistBrowser browser = new TasklistBrowser(this.port)) {
			Page sam = browser.logIn("/camunda/app/cockpit/", "sam", DEMO_PASSWORD);
			try {
				Locator summary = sam.locator(".waypoint-program-summary");
				assertThat(summary).containsText("Average 6.0");
				sam.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Program").setExact(true))
					.first()
					.click();
				Locator program = sam.locator(".waypoint-program");
				assertThat(program.getByLabel("Caseload of each case manager against their limit")).isVisible();
				assertThat(program).containsText("Average 6.0 per full-time case manager: policy average 20");
				assertThat(program.locator("table").first()).containsText("Casey Morgan");
				Locator inTheWind = program.locator("table[data-list=inTheWind]");
				assertThat(inTheWind).containsText(wanda.caseNumber());
				Locator fidelity = program.locator(".waypoint-fidelity");
				assertThat(fidelity).containsText("Community: intake within the window");
				assertThat(fidelity).containsText("Contacts per participant per week");
				Locator forecast = program.locator(".waypoint-forecast");
				assertThat(forecast).containsText("referrals accepted and");
				assertThat(forecast.locator("canvas")).isVisible();
				assertThat(forecast.locator("table").last()).containsText("One case manager more");
				forecast.scrollIntoViewIfNeeded();
				TasklistBrowser.screenshot(sam, "program-forecast-sam");
				TasklistBrowser.screenshot(sam, "program-view-sam");

				inTheWind.getByText("Wanda " + lastName).click();
				assertThat(sam.locator(".waypoint-panel .waypoint-case-file h3")).containsText(wanda.caseNumber());
				assertThat(sam.locator(".waypoint-panel .waypoint-standing")).containsText("In the wind for");
				TasklistBrowser.screenshot(sam, "program-view-case-file-sam");
				sam.locator(".waypoint-panel").getByText("Close").click();

				// casey works part time from now on, and is away next week
				Locator staff = program.locator(".waypoint-staff");
				staff.getByLabel("Own limit of casey").fill("12");
				staff.locator("tr[data-case-manager=casey]").getByText("Save limit").click();
				// the page is drawn again with what was saved
				assertThat(staff.locator("tr[data-case-manager=casey]")).containsText("Own limit saved");
				assertThat(program.locator("table").first()).containsText("12");
				staff.getByLabel("Leave of casey from").fill(EngineTime.today().plusDays(7).toString());
				staff.getByLabel("Leave of casey until").fill(EngineTime.today().plusDays(11).toString());
				staff.getByLabel("Covering casey").selectOption(cover);
				staff.locator("tr[data-case-manager=casey]").getByText("Save leave").click();
				assertThat(staff.locator("tr[data-case-manager=casey]")).containsText("Leave saved");
				assertThat(staff.locator("tr[data-case-manager=casey]")).containsText("End leave");
				TasklistBrowser.screenshot(sam, "program-view-staff-sam");
			}
			finally {
				TasklistBrowser.screenshot(sam, "program-view-sam-end");
			}
		}
		assertThat(this.jdbc.queryForMap(
				"select caseload_limit, away_from, away_until, covered_by from case_manager where user_id = 'casey'"))
			.containsEntry("caseload_limit", 12)
			.containsEntry("away_from", java.sql.Date.valueOf(EngineTime.today().plusDays(7)))
			.containsEntry("away_until", java.sql.Date.valueOf(EngineTime.today().plusDays(11)))
			.containsEntry("covered_by", cover);
	}

}
