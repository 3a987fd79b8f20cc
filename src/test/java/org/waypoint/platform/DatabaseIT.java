package org.waypoint.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waypoint.support.WaypointIntegrationTest;

@WaypointIntegrationTest
class DatabaseIT {

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void engineAndDomainRunOnPostgres() {
		var configuration = (ProcessEngineConfigurationImpl) this.processEngine.getProcessEngineConfiguration();
		assertThat(configuration.getDatabaseType()).isEqualTo("postgres");
		assertThat(this.jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL 16");
	}

	@Test
	void domainMigrationsRanBesideTheEngineSchema() {
		assertThat(this.jdbc.queryForList("select version from flyway_schema_history where success", String.class))
			.contains("1");
		assertThat(this.jdbc.queryForObject("select count(*) from act_ge_property", Integer.class)).isPositive();
	}

	@Test
	void tasklistsAuthorizationCheckHasTheStatisticsItsPlanNeeds() {
		assertThat(this.jdbc.queryForList("select stxname from pg_statistic_ext", String.class))
			.contains("act_ru_authorization_read_bits");
	}

}
