package org.waypoint.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.support.WaypointIntegrationTest.DEMO_PASSWORD;

import com.microsoft.playwright.Page;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waypoint.staff.StaffMemberRepository;
import org.waypoint.staff.process.StaffOnboardingProcess;
import org.waypoint.support.CamundaForm;
import org.waypoint.support.EngineTables;
import org.waypoint.support.TasklistBrowser;
import org.waypoint.support.WaypointIntegrationTest;

/** The demo case manager works her first task in Tasklist through its Camunda Form. */
@WaypointIntegrationTest
class StaffOnboardingBrowserIT {

	private static final String TASK_NAME = "Welcome to Waypoint — confirm your profile";

	@LocalServerPort
	int port;

	@Autowired
	StaffMemberRepository staffMembers;

	@Autowired
	HistoryService historyService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void caseManagerConfirmsHerProfileThroughTheCamundaForm() {
		// the demo profile starts it on a fresh database; a reused external database may
		// need it again
		if (this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(StaffOnboardingProcess.KEY)
			.processInstanceBusinessKey("casey")
			.count() == 0) {
			this.runtimeService.startProcessInstanceByKey(StaffOnboardingProcess.KEY, "casey",
					Map.of(StaffOnboardingProcess.Variables.STAFF_USER_ID, "casey"));
		}
		try (TasklistBrowser browser = new TasklistBrowser(this.port)) {
			Page page = browser.logIn("casey", DEMO_PASSWORD);
			try {
				String task = this.taskService.createTaskQuery()
					.processInstanceBusinessKey("casey")
					.processDefinitionKey(StaffOnboardingProcess.KEY)
					.singleResult()
					.getId();
				page.getByText("My caseload").first().click();
				TasklistBrowser.openTask(page, task);
				page.getByLabel("Name colleagues know you by").fill("Casey Morgan");
				page.getByLabel("Work phone").fill("555-0142");
				page.getByLabel("Field area").fill("Downtown and Eastside");
				page.getByLabel("Languages you work in").fill("English, Spanish");
				new CamundaForm(page).complete();

				assertThat(page.getByText(TASK_NAME)).hasCount(0);
			}
			finally {
				TasklistBrowser.screenshot(page, "staff-onboarding-casey");
			}
		}

		var casey = this.staffMembers.findById("casey").orElseThrow();
		assertThat(casey.getDisplayName()).isEqualTo("Casey Morgan");
		assertThat(casey.getWorkPhone()).isEqualTo("555-0142");
		assertThat(casey.getWorkArea()).isEqualTo("Downtown and Eastside");
		assertThat(casey.getLanguages()).isEqualTo("English, Spanish");
		EngineTables.assertNoTraceOf(this.jdbc, "555-0142", "Downtown and Eastside", "English, Spanish");
		assertThat(this.historyService.createHistoricProcessInstanceQuery()
			.processDefinitionKey(StaffOnboardingProcess.KEY)
			.processInstanceBusinessKey("casey")
			.finished()
			.count()).isPositive();
		assertThat(this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(StaffOnboardingProcess.KEY)
			.processInstanceBusinessKey("casey")
			.count()).isZero();
	}

}
