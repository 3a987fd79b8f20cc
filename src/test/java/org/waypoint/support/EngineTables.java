package org.waypoint.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Searches every table of the engine's runtime and history (ACT_RU_*, ACT_HI_*, and the
 * byte arrays behind their serialized values; not the deployed models and forms, whose
 * labels give examples) for text a person typed: personal and clinical detail belongs in
 * the domain tables only (DESIGN.md section 2).
 */
public final class EngineTables {

	private EngineTables() {
	}

	/** Fails naming each table and column that holds any of the values. */
	public static void assertNoTraceOf(JdbcTemplate jdbc, String... values) {
		assertThat(tracesOf(jdbc, List.of(values))).as("typed values found in the engine's tables").isEmpty();
	}

	/** "table.column holds 'value'" for every place a value is found. */
	public static List<String> tracesOf(JdbcTemplate jdbc, List<String> values) {
		return traces(jdbc, values, table -> "act_ge_bytearray".equals(table)
				? Optional.of(" and deployment_id_ is null") : Optional.of(""));
	}

	/**
	 * The same in the records of one case's process instances only (those with its case
	 * number as business key): for words any case may hold, such as a service's name.
	 */
	public static List<String> tracesInCase(JdbcTemplate jdbc, String caseNumber, List<String> values) {
		String instances = jdbc
			.queryForList("select proc_inst_id_ from act_hi_procinst where business_key_ = ?", String.class, caseNumber)
			.stream()
			.map(id -> "'" + id + "'")
			.collect(Collectors.joining(", "));
		assertThat(instances).as("process instances of " + caseNumber).isNotEmpty();
		Map<String, String> instanceColumns = new HashMap<>();
		jdbc.queryForList("select table_name, column_name from information_schema.columns"
				+ " where table_schema = current_schema() and column_name in ('proc_inst_id_', 'root_proc_inst_id_')"
				+ " order by column_name desc")
			.forEach(column -> instanceColumns.put((String) column.get("table_name"),
					(String) column.get("column_name")));
		return traces(jdbc, values, table -> Optional.ofNullable(instanceColumns.get(table))
			.map(column -> " and " + column + " in (" + instances + ")"));
	}

	/** {@code rowsOf} narrows a table's rows, or leaves the table out when empty. */
	private static List<String> traces(JdbcTemplate jdbc, List<String> values,
			Function<String, Optional<String>> rowsOf) {
		Map<String, List<Map<String, Object>>> columnsByTable = jdbc
			.queryForList("select table_name, column_name, data_type from information_schema.columns"
					+ " where table_schema = current_schema() and data_type in ('character varying', 'text', 'bytea')"
					+ " and (table_name like 'act\\_ru\\_%' or table_name like 'act\\_hi\\_%'"
					+ " or table_name = 'act_ge_bytearray')")
			.stream()
			.collect(Collectors.groupingBy(column -> (String) column.get("table_name")));
		List<String> traces = new ArrayList<>();
		for (String value : values) {
			columnsByTable.forEach((table, columns) -> rowsOf.apply(table).ifPresent(rows -> {
				for (Map<String, Object> column : columns) {
					String name = (String) column.get("column_name");
					String holds = "bytea".equals(column.get("data_type"))
							? "position(convert_to(?, 'UTF8') in " + name + ") > 0" : "strpos(" + name + ", ?) > 0";
					Integer found = jdbc.queryForObject("select count(*) from " + table + " where " + holds + rows,
							Integer.class, value);
					if (found != null && found > 0) {
						traces.add(table + "." + name + " holds '" + value + "'");
					}
				}
			}));
		}
		return traces;
	}

}
