package org.waypoint.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waypoint.support.SecondNode;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * A second start on the same database (a restart, or a second node beside the first) adds
 * nothing twice.
 */
@WaypointIntegrationTest
class RestartIT {

	private static final List<String> TABLES = List.of("act_id_user", "act_id_group", "act_id_membership",
			"act_ru_authorization", "act_ru_filter", "act_re_deployment", "act_re_procdef", "act_re_decision_def",
			"act_ru_execution", "act_ru_task", "act_ru_job", "flyway_schema_history", "case_manager");

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void secondStartOnTheSameDatabaseDuplicatesNothing() throws Exception {
		Map<String, Integer> before = rowCounts();

		try (SecondNode node = SecondNode.start()) {
			assertThat(node.isReady()).as(String.join("\n", node.startupLog())).isTrue();
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
