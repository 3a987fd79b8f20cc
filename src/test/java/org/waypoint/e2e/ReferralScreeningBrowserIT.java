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
import org.waypoint.capacity.CapacityService;
import org.waypoint.referral.Referral;
import org.waypoint.referral.ReferralService;
import org.waypoint.referral.ReferralStatus;
import org.waypoint.support.CamundaForm;
import org.waypoint.support.EngineTables;
import org.waypoint.support.TasklistBrowser;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * The demo outreach worker screens an officer's referral in Tasklist; the decision
 * follows.
 */
@WaypointIntegrationTest
class ReferralScreeningBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	ReferralService referralService;

	@Autowired
	CapacityService capacityService;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void outreachWorkerRecordsAFieldReferralScreensItAndTheDecisionFollows() {
		this.capacityService.registerCaseManager("casey");

		try (TasklistBrowser browser = new TasklistBrowser(this.port)) {
			Page page = browser.logIn("olivia", DEMO_PASSWORD);
			try {
				page.getByText("Start process").click();
				page.getByText("Field referral").click();
				page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start")).click();

				page.getByText("My caseload").first().click();
				page.getByText("Record a field referral").first().click();
				page.getByLabel("Law enforcement: social contact").check();
				page.getByLabel("First name").fill("Marcus");
				page.getByLabel("Last name").fill("Tillman");
				page.getByLabel("Referring agency").fill("Central Precinct");
				page.getByLabel("Why referred").fill("Sleeping in the bus shelter, asked for help");
				new CamundaForm(page).complete();
				assertThat(page.getByText("Record a field referral")).hasCount(0);

				page.getByText("Referrals to screen").first().click();
				page.getByText("Screen referral — Marcus T.").first().click();
				// a queue task is claimed before its form can be filled
				page.getByText("Claim").click();
				page.getByLabel("18 or older").check();
				page.getByLabel("Lives or stays in the service area").check();
				page.getByLabel("Has a behavioral-health or substance-use need").check();
				page.getByLabel("The current charge is not one the site excludes").check();
				new CamundaForm(page).complete();
				assertThat(page.getByText("Screen referral — Marcus T.")).hasCount(0);
				// the screener sees what the screening decided
				Locator outcome = page.locator(".waypoint-outcome");
				assertThat(outcome).containsText("Screening sent: Marcus T.");
				assertThat(outcome).containsText("Accepted: a case manager has been assigned");
				assertThat(outcome).containsText("intake due");
			}
			finally {
				TasklistBrowser.screenshot(page, "referral-screening-olivia");
			}
		}

		Referral decided = this.referralService.find(this.referralId("Tillman")).orElseThrow();
		assertThat(decided.getSubmittedBy()).isEqualTo("olivia");
		assertThat(decided.getStatus()).isEqualTo(ReferralStatus.ACCEPTED);
		assertThat(decided.getStatusReason()).isEqualTo("Accepted: a case manager has been assigned");
		assertThat(this.capacityService.decisionsOn(decided.getId())).singleElement()
			.satisfies(decision -> assertThat(decision.getPriority()).isEqualTo("LAW_ENFORCEMENT"));
		EngineTables.assertNoTraceOf(this.jdbc, "Tillman", "Central Precinct",
				"Sleeping in the bus shelter, asked for help");
	}

	private long referralId(String lastName) {
		return this.jdbc.queryForObject("select id from referral where last_name = ?", Long.class, lastName);
	}

}
