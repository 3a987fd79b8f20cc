package org.waypoint.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestTemplate;
import org.waypoint.support.CamundaForm;
import org.waypoint.support.SecondNode;
import org.waypoint.support.TasklistBrowser;
import org.waypoint.support.TestDatabase;

/**
 * A site's first start, as README tells it: the packaged jar on an empty PostgreSQL, no
 * demo profile; Camunda Admin's first-run page creates the first administrator, who adds
 * the staff and their groups in Admin; a partner's referral is screened in Tasklist and
 * goes to the case manager created in Admin. Nothing else is set up, no SQL.
 */
class FirstStartInProductionBrowserIT {

	private static final String PASSWORD = "First-start-password-1";

	@Test
	void aSiteStartsWithAdminAndTakesItsFirstReferral() {
		TestDatabase database = TestDatabase.get();
		String name = "first_start_" + UUID.randomUUID().toString().substring(0, 8);
		URI url = URI.create(database.createEmptyDatabase(name).substring("jdbc:".length()));
		Map<String, String> environment = Map.of("WAYPOINT_DB_HOST", url.getHost(), "WAYPOINT_DB_PORT",
				String.valueOf(url.getPort()), "WAYPOINT_DB_NAME", name, "WAYPOINT_DB_USER", database.user(),
				"WAYPOINT_DB_PASSWORD", database.password());

		try (SecondNode site = SecondNode.startPackaged(packagedJar(), environment,
				"--spring.profiles.active=postgres"); TasklistBrowser browser = new TasklistBrowser(site.baseUrl())) {
			assertThat(site.isReady()).as(String.join("\n", site.startupLog())).isTrue();
			Page admin = browser.open("/camunda/app/admin/");
			try {
				fillUser(admin, "dana.admin", "Dana", "Admin");
				admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create new user")).click();
				assertThat(admin.getByText("User created")).isVisible();
				TasklistBrowser.screenshot(admin, "first-start-admin-setup");

				admin = browser.logIn("/camunda/app/admin/", "dana.admin", PASSWORD);
				addToGroup(admin, site, "dana.admin", "program-admins");
				createUser(admin, site, "cm.first", "Cara", "First", "case-managers");
				createUser(admin, site, "olivia.first", "Oli", "First", "outreach");
				createUser(admin, site, "partner.first", "Pat", "Partner", "referral-partners");
				TasklistBrowser.screenshot(admin, "first-start-admin-staff");
			}
			finally {
				TasklistBrowser.screenshot(admin, "first-start-admin");
			}

			RestTemplate partner = rest(site, "partner.first");
			ResponseEntity<Map> referral = partner.postForEntity("/api/referrals",
					Map.of("door", "LAW_ENFORCEMENT_ARREST_DIVERSION", "firstName", "Jules", "lastName", "Firstcase",
							"referringAgency", "Central Precinct"),
					Map.class);
			assertThat(referral.getStatusCode()).isEqualTo(HttpStatus.CREATED);

			Page tasklist = browser.logIn("/camunda/app/tasklist/", "olivia.first", PASSWORD);
			try {
				tasklist.getByText("Referrals to screen").first().click();
				tasklist.getByText("Screen referral — Jules F.").first().click();
				tasklist.getByText("Claim").click();
				tasklist.getByLabel("18 or older").check();
				tasklist.getByLabel("Lives or stays in the service area").check();
				tasklist.getByLabel("Has a behavioral-health or substance-use need").check();
				tasklist.getByLabel("The current charge is not one the site excludes").check();
				new CamundaForm(tasklist).complete();
			}
			finally {
				TasklistBrowser.screenshot(tasklist, "first-start-screening");
			}

			Map<String, Object> status = partner.getForObject("/api/referrals/" + referral.getBody().get("id"),
					Map.class);
			assertThat(status).containsEntry("status", "ACCEPTED");
			Map<String, Object> capacity = rest(site, "dana.admin").getForObject("/api/capacity", Map.class);
			assertThat((List<Map<String, Object>>) ((Map<String, Object>) capacity.get("caseloads")).get("caseloads"))
				.containsExactly(Map.of("caseManagerId", "cm.first", "participants", 1));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Admin's "Create new user" page, then the user's groups. */
	private static void createUser(Page admin, SecondNode site, String id, String firstName, String lastName,
			String group) {
		admin.navigate(site.baseUrl() + "/camunda/app/admin/default/#/user-create");
		fillUser(admin, id, firstName, lastName);
		// earlier "Created new user" notices stack over the button: close them first
		admin.locator(".page-notifications .close:visible").all().forEach(Locator::click);
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create new user")).click();
		assertThat(admin.getByText(id).first()).isVisible();
		addToGroup(admin, site, id, group);
	}

	private static void addToGroup(Page admin, SecondNode site, String id, String group) {
		Locator choice = admin.locator(".modal-content tr")
			.filter(new Locator.FilterOptions().setHasText(group))
			.locator("input[type=checkbox]");
		// the dialog lists the groups it loads as it opens; opened too early after the
		// page, it says there are none: open it again
		for (int attempt = 0; attempt < 5 && choice.count() == 0; attempt++) {
			admin.navigate(site.baseUrl() + "/camunda/app/admin/default/#/users/" + id + "?tab=groups");
			admin.locator("form[name=\"updateGroupMemberships\"]").waitFor();
			admin.locator("[ng-click=\"openCreateGroupMembershipDialog()\"]").click();
			admin.locator(".modal-content tr input[type=checkbox]:visible, .modal-body p:visible").first().waitFor();
			if (choice.count() == 0) {
				admin.locator(".modal-content [ng-click=\"close()\"]").click();
			}
		}
		choice.check();
		admin.locator("[ng-click=\"createGroupMemberships()\"]").click();
		admin.locator("[ng-click=\"close(status)\"]").click();
		assertThat(admin.locator("form[name=\"updateGroupMemberships\"]").getByText(group).first()).isVisible();
	}

	private static void fillUser(Page admin, String id, String firstName, String lastName) {
		admin.locator("#inputUserId").fill(id);
		admin.locator("#inputPassword").fill(PASSWORD);
		admin.locator("#inputPasswordRepeat").fill(PASSWORD);
		admin.locator("#inputFirstname").fill(firstName);
		admin.locator("#inputLastname").fill(lastName);
		admin.locator("#inputEmail").fill(id + "@site.example");
	}

	private static RestTemplate rest(SecondNode site, String user) {
		return new RestTemplateBuilder().rootUri(site.baseUrl()).basicAuthentication(user, PASSWORD).build();
	}

	/** The jar `./mvnw package` built, before the integration tests run. */
	private static Path packagedJar() {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter(file -> file.getFileName().toString().matches("waypoint-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No packaged jar in target/: run ./mvnw verify"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
