package org.waypoint.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waypoint.WaypointApplication;
import org.waypoint.support.TestDatabase;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * A second start on the same database (a restart, or a second node beside the first) adds
 * nothing twice. The second node is a JVM of its own, as it would be in production.
 */
@WaypointIntegrationTest
class RestartIT {

	private static final List<String> TABLES = List.of("act_id_user", "act_id_group", "act_id_membership",
			"act_ru_authorization", "act_ru_filter", "act_re_deployment", "act_re_procdef", "act_ru_execution",
			"act_ru_task", "flyway_schema_history");

	private static final String READY = "Waypoint is ready";

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void secondStartOnTheSameDatabaseDuplicatesNothing() throws Exception {
		Map<String, Integer> before = rowCounts();

		List<String> output = startSecondNodeUntilReady();

		assertThat(output).anyMatch(line -> line.contains(READY));
		assertThat(rowCounts()).isEqualTo(before);
	}

	private List<String> startSecondNodeUntilReady() throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", testClassPath(),
						WaypointApplication.class.getName(), "--spring.profiles.active=demo", "--server.port=0"));
		for (String property : TestDatabase.get().springProperties()) {
			command.add("--" + property);
		}
		Process node = new ProcessBuilder(command).redirectErrorStream(true).start();
		List<String> output = new ArrayList<>();
		try (var lines = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null) {
				output.add(line);
				if (line.contains(READY) || line.contains("APPLICATION FAILED TO START")) {
					break;
				}
			}
		}
		finally {
			node.destroy();
			if (!node.waitFor(60, TimeUnit.SECONDS)) {
				node.destroyForcibly();
			}
		}
		return output;
	}

	/**
	 * The tests' class path without its empty entries: an empty entry means the working
	 * directory, where processes/ would be found a second time.
	 */
	private static String testClassPath() {
		return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter(entry -> !entry.isBlank())
			.collect(Collectors.joining(File.pathSeparator));
	}

	private Map<String, Integer> rowCounts() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String table : TABLES) {
			counts.put(table, this.jdbc.queryForObject("select count(*) from " + table, Integer.class));
		}
		return counts;
	}

}
