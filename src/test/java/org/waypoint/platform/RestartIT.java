package org.waypoint.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waypoint.WaypointApplication;
import org.waypoint.support.TestDatabase;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * A second start on the same database (a restart, or a second node) adds nothing twice.
 */
@WaypointIntegrationTest
class RestartIT {

	private static final List<String> TABLES = List.of("act_id_user", "act_id_group", "act_id_membership",
			"act_ru_authorization", "act_ru_filter", "act_re_deployment", "act_re_procdef", "act_ru_execution",
			"act_ru_task", "flyway_schema_history");

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void secondStartOnTheSameDatabaseDuplicatesNothing() {
		Map<String, Integer> before = rowCounts();

		try (var secondNode = new SpringApplicationBuilder(WaypointApplication.class).profiles("demo")
			.initializers(new TestDatabase.Initializer())
			// one JVM holds one engine per name; the job executor of the first node is
			// enough
			.properties("server.port=0", "camunda.bpm.process-engine-name=second-node",
					"camunda.bpm.job-execution.enabled=false")
			.run()) {
			assertThat(secondNode.isRunning()).isTrue();
		}

		assertThat(rowCounts()).isEqualTo(before);
	}

	private Map<String, Integer> rowCounts() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String table : TABLES) {
			counts.put(table, this.jdbc.queryForObject("select count(*) from " + table, Integer.class));
		}
		return counts;
	}

}
