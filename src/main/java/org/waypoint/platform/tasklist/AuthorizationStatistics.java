package org.waypoint.platform.tasklist;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tells PostgreSQL how many authorizations grant read access, so that a filter's
 * authorization check probes the index per task instead of comparing every task with
 * every authorization of the user's groups. Without these statistics the planner guesses
 * that 0.5% of the rows pass the engine's {@code PERMS_ & 2 = 2} test (nearly all do) and
 * picks that comparison: an Overdue count at 100,000 open tasks took 64 s, with them 0.8
 * s (README, Benchmark). The statistics cover the two bits Tasklist's queries test: READ
 * on a task, READ_TASK on a process definition.
 */
@Component
class AuthorizationStatistics extends AbstractProcessEnginePlugin {

	private static final Logger log = LoggerFactory.getLogger(AuthorizationStatistics.class);

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine
			.getProcessEngineConfiguration();
		if (!"postgres".equals(configuration.getDatabaseType())) {
			return;
		}
		JdbcTemplate jdbc = new JdbcTemplate(configuration.getDataSource());
		jdbc.execute("create statistics if not exists act_ru_authorization_read_bits"
				+ " on (perms_ & 2), (perms_ & 64) from act_ru_authorization");
		// autovacuum keeps them current from here on; a new site's table gets them now
		jdbc.execute("analyze act_ru_authorization");
		log.info("Authorization statistics in place for Tasklist's filters");
	}

}
