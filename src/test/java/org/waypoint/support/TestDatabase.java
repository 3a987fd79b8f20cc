package org.waypoint.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The PostgreSQL the integration tests run on: the one named by
 * {@code WAYPOINT_TEST_DATABASE_URL} (with {@code WAYPOINT_TEST_DATABASE_USER} and
 * {@code WAYPOINT_TEST_DATABASE_PASSWORD}) when set, otherwise a PostgreSQL 16 started
 * once for the whole test run from the embedded binaries.
 */
public final class TestDatabase {

	public static final String URL_VARIABLE = "WAYPOINT_TEST_DATABASE_URL";

	private static TestDatabase instance;

	private static final Deque<ConfigurableApplicationContext> applications = new ArrayDeque<>();

	private final String url;

	private final String user;

	private final String password;

	private TestDatabase(String url, String user, String password) {
		this.url = url;
		this.user = user;
		this.password = password;
	}

	public static synchronized TestDatabase get() {
		if (instance == null) {
			String externalUrl = System.getenv(URL_VARIABLE);
			instance = (externalUrl != null && !externalUrl.isBlank()) ? new TestDatabase(externalUrl,
					env("WAYPOINT_TEST_DATABASE_USER", "postgres"), env("WAYPOINT_TEST_DATABASE_PASSWORD", "postgres"))
					: startEmbedded();
		}
		return instance;
	}

	private static TestDatabase startEmbedded() {
		try {
			// stops itself when the JVM exits
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			return new TestDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Embedded PostgreSQL did not start", ex);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null) ? value : fallback;
	}

	/**
	 * Creates another, empty database on the same server, and returns the JDBC URL of
	 * that database (a site's first start).
	 */
	public String createEmptyDatabase(String name) {
		try (Connection connection = DriverManager.getConnection(this.url, this.user, this.password);
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Database " + name + " was not created", ex);
		}
		return this.url.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
	}

	public String user() {
		return this.user;
	}

	public String password() {
		return this.password;
	}

	/** Spring properties that point an application at this database. */
	public String[] springProperties() {
		return new String[] { "spring.datasource.url=" + this.url, "spring.datasource.username=" + this.user,
				"spring.datasource.password=" + this.password };
	}

	/**
	 * Closes the applications that use the database, newest first. Called when the test
	 * plan ends, so the engines stop before the embedded PostgreSQL does: both would
	 * otherwise race in the JVM's shutdown hooks.
	 */
	static synchronized void closeApplications() {
		while (!applications.isEmpty()) {
			applications.pop().close();
		}
	}

	/** Points a Spring application at the test database. */
	public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			TestPropertyValues.of(get().springProperties()).applyTo(context);
			synchronized (TestDatabase.class) {
				applications.push(context);
			}
		}

	}

}
