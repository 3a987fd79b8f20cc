package org.waypoint.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

/**
 * Debian's headless Chromium driven by Playwright, logged into Camunda Tasklist.
 * Playwright's own browser download does not work here; {@code WAYPOINT_CHROMIUM} names
 * another binary.
 */
public final class TasklistBrowser implements AutoCloseable {

	private static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");

	private final Playwright playwright;

	private final Browser browser;

	private final String baseUrl;

	private BrowserContext context;

	public TasklistBrowser(int port) {
		this("http://localhost:" + port);
	}

	/** A browser for the Waypoint at this address (a node of its own, say). */
	public TasklistBrowser(String baseUrl) {
		// Tasklist refreshes its list after a completion when two loaded cores get to it:
		// an assertion waits up to 15 s, not Playwright's 5
		PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
		this.baseUrl = baseUrl;
		this.playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		this.browser = this.playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setHeadless(true)
				.setExecutablePath(Path.of(System.getenv().getOrDefault("WAYPOINT_CHROMIUM", "/usr/bin/chromium")))
				// the machine's network is closed: no background calls home, no sandbox
				// as root
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run")));
	}

	/**
	 * A fresh browser context, logged into Tasklist as the given user. The previous
	 * login's context closes: an open Tasklist keeps polling, and on two cores the next
	 * login page then loads too slowly.
	 */
	public Page logIn(String username, String password) {
		return logIn("/camunda/app/tasklist/", username, password);
	}

	/** A fresh browser context on a page of the webapps (Admin's first-run page, say). */
	public Page open(String path) {
		if (this.context != null) {
			this.context.close();
		}
		this.context = this.browser.newContext();
		Page page = this.context.newPage();
		page.navigate(this.baseUrl + path);
		return page;
	}

	/** Logged into one of the webapps (Tasklist, Cockpit, Admin) at its path. */
	public Page logIn(String appPath, String username, String password) {
		Page page = open(appPath);
		Locator user = page.getByPlaceholder("Username");
		Locator secret = page.getByPlaceholder("Password");
		// the login form can re-render while it is filled on a loaded machine (once, both
		// values landed in Username): fill until both fields hold what was typed
		for (int attempt = 0; attempt < 3
				&& !(username.equals(user.inputValue()) && password.equals(secret.inputValue())); attempt++) {
			user.fill(username);
			secret.fill(password);
		}
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
		return page;
	}

	/**
	 * Opens a task in Tasklist by its link, as a colleague's shared link would: other
	 * tests' work may push it off the first page of a filter.
	 */
	public static void openTask(Page tasklist, String taskId) {
		tasklist.navigate(tasklist.url().replaceFirst("#.*$", "") + "#/?task=" + taskId);
	}

	/** The Case file tab beside the open task: the case file it shows. */
	public static Locator caseFile(Page tasklist) {
		taskTab(tasklist, "Case file");
		return tasklist.locator(".waypoint-case-file");
	}

	/** One of the open task's tabs (Form, Case file, History...). */
	public static void taskTab(Page tasklist, String tab) {
		tasklist.locator("[ng-click^=\"selectTaskDetailTab\"]", new Page.LocatorOptions().setHasText(tab))
			.first()
			.click();
	}

	/** Saves what the page shows, for the person reading a failed build. */
	public static void screenshot(Page page, String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.browser.close();
		this.playwright.close();
	}

}
