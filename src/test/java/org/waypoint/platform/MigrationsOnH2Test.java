package org.waypoint.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Waypoint starts on H2 unless a site chooses PostgreSQL (README's run command): every
 * migration must run there too, not only on the PostgreSQL the integration tests use.
 */
class MigrationsOnH2Test {

	@Test
	void everyMigrationRunsOnH2() throws IOException {
		int migrations = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*.sql").length;
		Flyway flyway = Flyway.configure()
			.dataSource("jdbc:h2:mem:migrations;DB_CLOSE_DELAY=-1", "sa", "")
			.locations("classpath:db/migration")
			.load();

		assertThat(flyway.migrate().migrationsExecuted).isEqualTo(migrations).isGreaterThanOrEqualTo(10);
	}

}
