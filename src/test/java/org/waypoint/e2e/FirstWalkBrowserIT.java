package org.waypoint.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.support.WaypointIntegrationTest.DEMO_PASSWORD;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waypoint.capacity.CapacityService;
import org.waypoint.participant.ParticipantService;
import org.waypoint.referral.Referral;
import org.waypoint.referral.ReferralService;
import org.waypoint.referral.ReferralStatus;
import org.waypoint.support.CamundaForm;
import org.waypoint.support.EngineTables;
import org.waypoint.support.EngineTime;
import org.waypoint.support.Journeys;
import org.waypoint.support.TasklistBrowser;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * README's first walk, in Tasklist, each task through its Camunda Form: the demo outreach
 * worker records a field referral and screens it (and sees the decision), the demo case
 * manager takes the person in, records a release and her part of the assessment, the demo
 * clinician his, the case manager drafts the plan and the demo supervisor approves it. At
 * every task the Case file tab beside the form shows what the database holds by then.
 */
@WaypointIntegrationTest
class FirstWalkBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	Journeys journeys;

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

	@AfterEach
	void realTime() {
		EngineTime.reset();
	}

	@Test
	void fromAFieldReferralToAnApprovedPlanWithTheCaseFileBesideEveryTask() {
		this.journeys.onlyCaseManagersHolding(Map.of("casey", 4));
		String lastName = "Tillman" + UUID.randomUUID().toString().substring(0, 4);
		String name = "Marcus T.";

		try (TasklistBrowser browser = new TasklistBrowser(this.port)) {
			Page olivia = browser.logIn("olivia", DEMO_PASSWORD);
			try {
				olivia.getByText("Start process").click();
				olivia.getByText("Field referral").click();
				olivia.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start")).click();
				open(olivia, "My caseload", "Record a field referral");
				assertThat(TasklistBrowser.caseFile(olivia)).hasCount(0);
				assertThat(olivia.locator(".waypoint-no-file")).containsText("is not about a participant");
				TasklistBrowser.taskTab(olivia, "Form");
				olivia.getByLabel("Law enforcement: social contact").check();
				olivia.getByLabel("First name").fill("Marcus");
				olivia.getByLabel("Last name").fill(lastName);
				olivia.getByLabel("Referring agency").fill("Central Precinct");
				olivia.getByLabel("Why referred").fill("Sleeping in the bus shelter, asked for help");
				new CamundaForm(olivia).complete();
				assertThat(olivia.getByText("Record a field referral")).hasCount(0);

				open(olivia, "Referrals to screen", "Screen referral — " + name);
				Map<String, Object> referred = this.jdbc.queryForMap(
						"select first_name, last_name, referring_agency, reason from referral where last_name = ?",
						lastName);
				Locator file = TasklistBrowser.caseFile(olivia);
				assertThat(file.locator("h3")).hasText(referred.get("first_name") + " " + referred.get("last_name"));
				assertThat(file).containsText((String) referred.get("reason"));
				assertThat(file).containsText((String) referred.get("referring_agency"));
				TasklistBrowser.taskTab(olivia, "Form");
				// a queue task is claimed before its form can be filled
				olivia.getByText("Claim").click();
				olivia.getByLabel("18 or older").check();
				olivia.getByLabel("Lives or stays in the service area").check();
				olivia.getByLabel("Has a behavioral-health or substance-use need").check();
				olivia.getByLabel("The current charge is not one the site excludes").check();
				olivia.getByLabel("In touch with the person").check();
				new CamundaForm(olivia).complete();
				assertThat(olivia.getByText("Screen referral — " + name)).hasCount(0);
				Locator outcome = olivia.locator(".waypoint-outcome");
				assertThat(outcome).containsText("Screening sent: " + name);
				assertThat(outcome).containsText("Accepted: a case manager has been assigned");
				assertThat(outcome).containsText("Case " + caseNumber(lastName) + ", case manager Casey Morgan");
			}
			finally {
				TasklistBrowser.screenshot(olivia, "first-walk-screening-olivia");
			}

			Page casey = browser.logIn("casey", DEMO_PASSWORD);
			try {
				open(casey, "My caseload", "Intake — " + name);
				Locator file = TasklistBrowser.caseFile(casey);
				assertThat(file.locator("h3")).containsText(caseNumber(lastName));
				assertThat(file.locator(".waypoint-standing")).containsText("Engaging, intake due in");
				assertThat(this.jdbc.queryForObject("select status from participant where last_name = ?", String.class,
						lastName))
					.isEqualTo("ENGAGING");
				TasklistBrowser.taskTab(casey, "Form");
				new CamundaForm(casey).select("Where do they sleep now?", "Shelter")
					.fill("Their own goals, in their words", "A room of my own")
					.complete();
				assertThat(casey.getByText("Intake — " + name)).hasCount(0);

				open(casey, "My caseload", "Release of information — " + name);
				file = TasklistBrowser.caseFile(casey);
				assertThat(file.locator(".waypoint-standing")).hasText("Active");
				assertThat(file).containsText("None recorded: nothing may be shared.");
				assertThat(file.locator(".waypoint-timeline")).containsText("Intake completed");
				TasklistBrowser.taskTab(casey, "Form");
				new CamundaForm(casey).select("Party", "Probation")
					.fill("Agency or person (e.g. County Probation, officer Diaz)", "County Probation, officer Diaz")
					.tick("What may be shared", "Attendance and participation (enrolled, in touch, completed, left)")
					.fill("Purpose: why it is shared", "Conditions of supervision")
					.date("Signed on", EngineTime.today())
					.check("I explained to the participant what will be shared, with whom, when and why, and how to revoke it")
					.complete();

				open(casey, "My caseload", "Assessment — " + name + ": risk, needs, responsivity");
				file = TasklistBrowser.caseFile(casey);
				assertThat(file).containsText("Probation: " + this.jdbc.queryForObject(
						"select party_name from release_of_information where participant_id = ?", String.class,
						participantId(lastName)));
				TasklistBrowser.taskTab(casey, "Form");
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
				TasklistBrowser.screenshot(casey, "first-walk-intake-release-assessment-casey");
			}

			Page clara = browser.logIn("clara", DEMO_PASSWORD);
			try {
				open(clara, "Team queue", "Clinical assessment — " + name);
				Locator file = TasklistBrowser.caseFile(clara);
				assertThat(file).containsText("Mornings work best");
				assertThat(this.jdbc.queryForObject("select risk_level from assessment where participant_id = ?",
						String.class, participantId(lastName)))
					.isEqualTo("MODERATE");
				assertThat(file).containsText("Moderate");
				TasklistBrowser.taskTab(clara, "Form");
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
				TasklistBrowser.screenshot(clara, "first-walk-clinical-assessment-clara");
			}

			casey = browser.logIn("casey", DEMO_PASSWORD);
			try {
				open(casey, "My caseload", "Case plan — " + name);
				assertThat(this.participantService.get(participantId(lastName)).getServiceModel())
					.isEqualTo("INTEGRATED_DUAL_DISORDER");
				Locator file = TasklistBrowser.caseFile(casey);
				assertThat(file).containsText("Integrated dual disorder");
				assertThat(file).containsText("Abuse");
				TasklistBrowser.taskTab(casey, "Form");
				new CamundaForm(casey).select("Addresses (risk factor or need)", "Need: housing")
					.fill("In a few words", "Sleeping outside")
					.fill("Goal", "A room by spring")
					.fill("Actions", "Apply for the voucher together")
					.fill("Who does them", "Marcus and his case manager")
					.date("Target date", EngineTime.today().plusMonths(4))
					.select("Warm handoff to (optional)", "Housing")
					.complete();
				assertThat(casey.getByText("Case plan — " + name)).hasCount(0);
			}
			finally {
				TasklistBrowser.screenshot(casey, "first-walk-case-plan-casey");
			}

			Page sam = browser.logIn("sam", DEMO_PASSWORD);
			try {
				open(sam, "Team queue", "Approve case plan — " + name + ", version 1");
				assertThat(sam.getByText("A room by spring")).isVisible();
				// the plan's codes read as words: the need it addresses, the handoff
				assertThat(sam.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("Housing").setExact(true)))
					.hasCount(2);
				Locator file = TasklistBrowser.caseFile(sam);
				assertThat(file).containsText("Case plan, version 1 ("
						+ this.jdbc.queryForObject("select lower(status) from case_plan where participant_id = ?",
								String.class, participantId(lastName))
						+ ")");
				assertThat(file).containsText("Mornings work best");
				assertThat(file).not().containsText("Abuse");
				TasklistBrowser.taskTab(sam, "Form");
				sam.getByText("Claim").click();
				new CamundaForm(sam).choose("Your review", "Approve").complete();
				assertThat(sam.getByText("Approve case plan — " + name)).hasCount(0);
			}
			finally {
				TasklistBrowser.screenshot(sam, "first-walk-approve-case-plan-sam");
			}
		}

		Referral decided = this.referralService
			.find(this.jdbc.queryForObject("select id from referral where last_name = ?", Long.class, lastName))
			.orElseThrow();
		assertThat(decided.getSubmittedBy()).isEqualTo("olivia");
		assertThat(decided.getStatus()).isEqualTo(ReferralStatus.ENROLLED);
		assertThat(this.capacity.decisionsOn(decided.getId())).singleElement()
			.satisfies(decision -> assertThat(decision.getPriority()).isEqualTo("LAW_ENFORCEMENT"));
		long participant = participantId(lastName);
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
		assertThat(this.jdbc.queryForMap(
				"select p.status, p.reviewed_by, g.goal, g.handoff_to from case_plan p join case_plan_goal g on g.plan_id = p.id where p.participant_id = ?",
				participant))
			.containsEntry("status", "APPROVED")
			.containsEntry("reviewed_by", "sam")
			.containsEntry("goal", "A room by spring")
			.containsEntry("handoff_to", "HOUSING");
		assertThat(this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey("warm-handoff")
			.variableValueEquals("participantId", participant)
			.count()).as("the plan's handoff starts").isEqualTo(1);
		EngineTables.assertNoTraceOf(this.jdbc, lastName, "Central Precinct",
				"Sleeping in the bus shelter, asked for help", "A room of my own", "County Probation, officer Diaz",
				"Conditions of supervision", "County screen", "Mornings work best", "Sleeping outside",
				"A room by spring", "Apply for the voucher together", "Marcus and his case manager");
	}

	/** Opens a filter and the task of that name in it. */
	static void open(Page page, String filter, String task) {
		page.getByText(filter).first().click();
		page.getByText(task).first().click();
	}

	private String caseNumber(String lastName) {
		return this.jdbc.queryForObject(
				"select e.case_number from enrollment e join participant p on p.id = e.participant_id where p.last_name = ?",
				String.class, lastName);
	}

	private long participantId(String lastName) {
		return this.jdbc.queryForObject("select id from participant where last_name = ?", Long.class, lastName);
	}

}
