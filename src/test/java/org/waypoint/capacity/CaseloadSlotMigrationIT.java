package org.waypoint.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * A site upgrading from slots named "referral-N" keeps every slot, held or released, now
 * with the referral and the enrollment it belongs to (V12). Run in a schema of its own.
 */
@WaypointIntegrationTest
class CaseloadSlotMigrationIT {

	private static final String SCHEMA = "slot_migration_check";

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void dropSchema() {
		this.jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
	}

	@Test
	void everySlotNamedAfterAReferralKeepsItsReferralAndGetsItsEnrollment() {
		migrate("11");
		this.jdbc.update("insert into " + SCHEMA + ".case_manager (user_id, active) values ('casey', true)");
		long referral = this.jdbc.queryForObject(
				"insert into " + SCHEMA + ".referral (door, submitted_by, first_name, last_name, status, received_at)"
						+ " values ('COMMUNITY', 'rita', 'Ana', 'Ruiz', 'COMPLETED', now()) returning id",
				Long.class);
		long participant = this.jdbc
			.queryForObject("insert into " + SCHEMA + ".participant (first_name, last_name, status, status_since)"
					+ " values ('Ana', 'Ruiz', 'ACTIVE', now()) returning id", Long.class);
		long enrollment = this.jdbc.queryForObject(
				"insert into " + SCHEMA + ".enrollment (participant_id, referral_id, case_number, door, enrolled_at)"
						+ " values (?, ?, 'R-00001', 'COMMUNITY', now()) returning id",
				Long.class, participant, referral);
		this.jdbc.update(
				"insert into " + SCHEMA + ".caseload_assignment (case_manager_id, participant_ref, assigned_at,"
						+ " released_at) values ('casey', ?, now() - interval '9 days', now() - interval '2 days')",
				"referral-" + referral);
		this.jdbc
			.update("insert into " + SCHEMA + ".caseload_assignment (case_manager_id, participant_ref, assigned_at)"
					+ " values ('casey', ?, now() - interval '1 day')", "referral-" + referral);

		migrate("12");

		List<Map<String, Object>> slots = this.jdbc
			.queryForList("select referral_id, enrollment_id, released_at is null as held from " + SCHEMA
					+ ".caseload_assignment order by id");
		assertThat(slots).containsExactly(Map.of("referral_id", referral, "enrollment_id", enrollment, "held", false),
				Map.of("referral_id", referral, "enrollment_id", enrollment, "held", true));
	}

	private void migrate(String target) {
		Flyway.configure()
			.dataSource(this.dataSource)
			.schemas(SCHEMA)
			.locations("classpath:db/migration")
			.target(target)
			.load()
			.migrate();
	}

}
