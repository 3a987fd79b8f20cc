package org.waypoint.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.support.WaypointIntegrationTest.DEMO_PASSWORD;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.waypoint.capacity.CapacityService;
import org.waypoint.referral.Door;
import org.waypoint.referral.NewReferral;
import org.waypoint.referral.Referral;
import org.waypoint.referral.ReferralService;
import org.waypoint.referral.ReferralStatus;
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

	@Test
	void outreachWorkerScreensAReferralAndTheCapacityDecisionFollows() {
		this.capacityService.registerCaseManager("casey");
		Referral referral = this.referralService
			.submit(new NewReferral(Door.LAW_ENFORCEMENT_SOCIAL_CONTACT, "e2e-screening", "Marcus", "Tillman", null,
					null, "Central Precinct", "Officer Park", "Sleeping in the bus shelter, asked for help", null),
					"rita")
			.referral();

		try (TasklistBrowser browser = new TasklistBrowser(this.port)) {
			Page page = browser.logIn("olivia", DEMO_PASSWORD);
			try {
				page.getByText("Referrals to screen").first().click();
				page.getByText("Screen referral — Marcus T.").first().click();
				// a queue task is claimed before its form can be filled
				page.getByText("Claim").click();
				page.getByLabel("18 or older").check();
				page.getByLabel("Lives or stays in the service area").check();
				page.getByLabel("Has a behavioral-health or substance-use need").check();
				page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete")).click();

				assertThat(page.getByText("Screen referral — Marcus T.")).hasCount(0);
			}
			finally {
				TasklistBrowser.screenshot(page, "referral-screening-olivia");
			}
		}

		Referral decided = this.referralService.find(referral.getId()).orElseThrow();
		assertThat(decided.getStatus()).isEqualTo(ReferralStatus.ACCEPTED);
		assertThat(decided.getStatusReason()).isEqualTo("Accepted: a case manager has been assigned");
		assertThat(this.capacityService.decisionsOn(referral.getId())).singleElement()
			.satisfies(decision -> assertThat(decision.getPriority()).isEqualTo("LAW_ENFORCEMENT"));
	}

}
