package org.waypoint.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.support.WaypointIntegrationTest.DEMO_PASSWORD;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Page;
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
import org.waypoint.support.EngineTables;
import org.waypoint.support.EngineTime;
import org.waypoint.support.ParticipantJourney;
import org.waypoint.support.TasklistBrowser;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * Consent, assessment and the case plan in Tasklist: the demo case manager records a
 * release and her part of the assessment, the demo clinician his, the case manager drafts
 * the plan and the demo supervisor approves it, each through its Camunda Form.
 */
@WaypointIntegrationTest
class ConsentAssessmentPlanBrowserIT {

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
	void releaseAssessmentAndPlanThroughTheirForms() {
		CaseloadFixture.onlyCaseManagersHolding(this.engine, this.jdbc, this.capacity, Map.of("casey", 4));
		String lastName = "Ulloa" + UUID.randomUUID().toString().substring(0, 4);
		ParticipantJourney ursula = ParticipantJourney
			.refer(this.engine, this.referralService, this.participantService, Door.COMMUNITY, "Ursula", lastName)
			.screenEligible(true)
			.takeIn();
		String name = "Ursula U.";

		try (TasklistBrowser browser = new TasklistBrowser(this.port)) {
			Page casey = browser.logIn("casey", DEMO_PASSWORD);
			try {
				open(casey, "My caseload", "Release of information — " + name);
				new CamundaForm(casey).select("Party", "Probation")
					.fill("Agency or person (e.g. County Probation, officer Diaz)", "County Probation, officer Diaz")
					.tick("What may be shared", "Attendance and participation (enrolled, in touch, completed, left)")
					.fill("Purpose: why it is shared", "Conditions of supervision")
					.date("Signed on", EngineTime.today())
					.check("I explained to the participant what will be shared, with whom, when and why, and how to revoke it")
					.complete();

				open(casey, "My caseload", "Assessment — " + name + ": risk, needs, responsivity");
				CamundaForm assessment = new CamundaForm(casey)
					.choose("How is risk assessed?", "The site's validated tool")
					.fill("Tool", "County screen")
					.fill("Score", "22")
					.choose("Risk level", "Moderate");
				for (String need : List.of("Housing", "Income", "Health insurance", "Meaningful activity",
						"Transportation", "Family stress", "Education")) {
					assessment.choose("Need: " + need, "Some");
				}
				assessment.fill("Note", "Mornings work best").complete();
				assertThat(casey.getByText("Assessment — " + name)).hasCount(0);
			}
			finally {
				TasklistBrowser.screenshot(casey, "release-and-assessment-casey");
			}

			Page clara = browser.logIn("clara", DEMO_PASSWORD);
			try {
				open(clara, "Team queue", "Clinical assessment — " + name);
				clara.getByText("Claim").click();
				new CamundaForm(clara).choose("Limits on ability to work", "Some")
					.choose("Limits on keeping appointments", "Some")
					.choose("Limits on managing medication", "None")
					.choose("Substance use", "Abuse")
					.choose("Serious mental illness", "Yes")
					.fill("Jail bookings, last 12 months", "1")
					.fill("Psychiatric hospital or crisis stays, last 12 months", "0")
					.complete();
				assertThat(clara.getByText("Clinical assessment — " + name)).hasCount(0);
			}
			finally {
				TasklistBrowser.screenshot(clara, "clinical-assessment-clara");
			}

			casey = browser.logIn("casey", DEMO_PASSWORD);
			try {
				open(casey, "My caseload", "Case plan — " + name);
				new CamundaForm(casey).select("Addresses (risk factor or need)", "Need: housing")
					.fill("In a few words", "Sleeping outside")
					.fill("Goal", "A room by spring")
					.fill("Actions", "Apply for the voucher together")
					.fill("Who does them", "Ursula and her case manager")
					.date("Target date", EngineTime.today().plusMonths(4))
					.select("Warm handoff to (optional)", "Housing")
					.complete();
				assertThat(casey.getByText("Case plan — " + name)).hasCount(0);
			}
			finally {
				TasklistBrowser.screenshot(casey, "case-plan-casey");
			}

			Page sam = browser.logIn("sam", DEMO_PASSWORD);
			try {
				open(sam, "Team queue", "Approve case plan — " + name + ", version 1");
				assertThat(sam.getByText("A room by spring")).isVisible();
				sam.getByText("Claim").click();
				new CamundaForm(sam).choose("Your review", "Approve").complete();
				assertThat(sam.getByText("Approve case plan — " + name)).hasCount(0);
			}
			finally {
				TasklistBrowser.screenshot(sam, "approve-case-plan-sam");
			}
		}

		long participant = ursula.participantId();
		assertThat(this.jdbc.queryForMap(
				"select party, party_name, scopes, explained, recorded_by from release_of_information where participant_id = ?",
				participant))
			.containsEntry("party", "PROBATION")
			.containsEntry("party_name", "County Probation, officer Diaz")
			.containsEntry("scopes", "PARTICIPATION")
			.containsEntry("explained", true)
			.containsEntry("recorded_by", "casey");
		assertThat(this.jdbc.queryForMap(
				"select risk_level, substance_use_severity, serious_mental_illness, clinician from assessment where participant_id = ?",
				participant))
			.containsEntry("risk_level", "MODERATE")
			.containsEntry("substance_use_severity", "ABUSE")
			.containsEntry("serious_mental_illness", true)
			.containsEntry("clinician", "clara");
		assertThat(this.participantService.get(participant).getServiceModel()).isEqualTo("INTEGRATED_DUAL_DISORDER");
		assertThat(this.jdbc.queryForMap(
				"select p.status, p.reviewed_by, g.goal, g.handoff_to from case_plan p join case_plan_goal g on g.plan_id = p.id where p.participant_id = ?",
				participant))
			.containsEntry("status", "APPROVED")
			.containsEntry("reviewed_by", "sam")
			.containsEntry("goal", "A room by spring")
			.containsEntry("handoff_to", "HOUSING");
		assertThat(ursula.running("warm-handoff")).as("the plan's handoff starts").hasSize(1);
		EngineTables.assertNoTraceOf(this.jdbc, lastName, "County Probation, officer Diaz", "Conditions of supervision",
				"County screen", "Mornings work best", "Sleeping outside", "A room by spring",
				"Apply for the voucher together", "Ursula and her case manager");
	}

	/** Opens a filter and the task of that name in it. */
	static void open(Page page, String filter, String task) {
		page.getByText(filter).first().click();
		page.getByText(task).first().click();
	}

}
