package org.waypoint.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A browser-like session with the Camunda webapps: it keeps cookies and sends the CSRF
 * token back, the way Tasklist's own scripts do.
 */
public final class WebappSession {

	private final String baseUrl;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient client = HttpClient.newBuilder().cookieHandler(this.cookies).build();

	public WebappSession(int port) {
		this.baseUrl = "http://localhost:" + port;
	}

	/**
	 * Logs into one webapp (tasklist, cockpit, admin) and returns the HTTP status of the
	 * login.
	 */
	public int logIn(String app, String username, String password) {
		return postLogin(app, username, password, csrfToken(app));
	}

	/** Posts JSON to a webapp API path, with the CSRF token the webapp handed out. */
	public HttpResponse<String> postJson(String app, String path, String json) {
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Content-Type", "application/json")
			.header("X-XSRF-TOKEN", csrfToken(app))
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	/** Sends a DELETE to a webapp API path, with the CSRF token the webapp handed out. */
	public HttpResponse<String> delete(String app, String path) {
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("X-XSRF-TOKEN", csrfToken(app))
			.DELETE());
	}

	/**
	 * The webapp sends its CSRF token in a header when it hands out a new one, and keeps
	 * it in the XSRF-TOKEN cookie for the session.
	 */
	private String csrfToken(String app) {
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + "/camunda/app/" + app + "/")).GET()).headers()
			.firstValue("X-XSRF-TOKEN")
			.or(() -> this.cookies.getCookieStore()
				.getCookies()
				.stream()
				.filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
				.map(HttpCookie::getValue)
				.findFirst())
			.orElseThrow(() -> new IllegalStateException("The webapp sent no CSRF token"));
	}

	/**
	 * The same login as a forged cross-site form would send it: without the CSRF token.
	 */
	public int logInWithoutCsrfToken(String app, String username, String password) {
		return postLogin(app, username, password, null);
	}

	private int postLogin(String app, String username, String password, String csrfToken) {
		String form = "username=" + encode(username) + "&password=" + encode(password);
		HttpRequest.Builder login = HttpRequest
			.newBuilder(URI.create(this.baseUrl + "/camunda/api/admin/auth/user/default/login/" + app))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
		if (csrfToken != null) {
			login.header("X-XSRF-TOKEN", csrfToken);
		}
		return send(login).statusCode();
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
