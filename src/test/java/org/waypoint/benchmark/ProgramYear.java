package org.waypoint.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import javax.sql.DataSource;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * A large program's year in the domain tables (benchmark/program-year.sql): 10,000
 * participants, 8,000 of them on 400 caseloads of bench-cm-000 to bench-cm-399 now.
 */
final class ProgramYear {

	private ProgramYear() {
	}

	static void seed(DataSource dataSource, Instant now) throws IOException {
		String script = new ClassPathResource("benchmark/program-year.sql").getContentAsString(StandardCharsets.UTF_8)
			.replace(":now", "timestamp '" + now + "'");
		new ResourceDatabasePopulator(new ByteArrayResource(script.getBytes(StandardCharsets.UTF_8)))
			.execute(dataSource);
	}

}
