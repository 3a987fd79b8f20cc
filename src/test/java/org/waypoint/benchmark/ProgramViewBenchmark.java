package org.waypoint.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.support.WaypointIntegrationTest.DEMO_PASSWORD;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waypoint.support.TestLogins;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * The program view as a supervisor opens it in Cockpit, over a large program's year of
 * history (10,000 participants, 8,000 on 400 caseloads now; see
 * {@code benchmark/program-year.sql}) on PostgreSQL: the page's four calls side by side,
 * as the plugin makes them (caseloads, at risk, staff, six months of fidelity). Run with
 * {@code ./mvnw -Pbenchmark verify -Dit.test=ProgramViewBenchmark}; figures go to the
 * console and to target/benchmark.txt. A measurement: it asserts only that every call
 * answered with the seeded program in it.
 */
@WaypointIntegrationTest
class ProgramViewBenchmark {

	/** Fewer for a quick look: {@code -Dbenchmark.reads=3}. */
	private static final int READS = Integer.getInteger("benchmark.reads", 30);

	private static final int WARM_UP = Math.max(1, READS / 6);

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	IdentityService identityService;

	@Test
	@SuppressWarnings("unchecked")
	void programViewOfTenThousandParticipants() throws IOException {
		long seedStart = System.nanoTime();
		ProgramYear.seed(this.dataSource, this.clock.instant());
		long seedMillis = (System.nanoTime() - seedStart) / 1_000_000;

		assertThat((List<?>) get("/api/program/caseloads").getBody().get("caseManagers")).hasSizeGreaterThan(400);
		assertThat((List<?>) get("/api/program/at-risk").getBody().get("inTheWind")).hasSizeGreaterThan(100);
		assertThat((List<?>) get("/api/program/fidelity").getBody().get("months")).hasSize(6);

		String year = "/api/program/fidelity?from=" + YearMonth.now(this.clock).minusMonths(11) + "&to="
				+ YearMonth.now(this.clock);
		// seeded person 5007 (active, contacts for 200 days) on bench-cm-208's caseload
		// of 20
		String caseManager = TestLogins.caseManager(this.identityService, "bench-cm-208");
		Supplier<ResponseEntity<Map>> caseFile = () -> this.rest.withBasicAuth(caseManager, TestLogins.PASSWORD)
			.getForEntity("/api/participants/1005007/case-file", Map.class);
		Supplier<ResponseEntity<List>> caseload = () -> this.rest.withBasicAuth(caseManager, TestLogins.PASSWORD)
			.getForEntity("/api/my-participants", List.class);
		assertThat(caseload.get().getBody()).hasSize(20);

		String figures = String.format(
				"%s program view, 10,000 participants (%s) seeded in %d ms, PostgreSQL:%n" + "  whole page: %s%n"
						+ "  caseloads: %s%n  at risk: %s%n  fidelity, 6 months: %s%n  fidelity, 12 months: %s%n"
						+ "  fidelity, one case manager, 12 months: %s%n"
						+ "  among them, one participant's case file, as their case manager: %s%n"
						+ "  that case manager's My participants (20): %s%n",
				Instant.now(), seeded(), seedMillis, time(this::wholePage), time(() -> get("/api/program/caseloads")),
				time(() -> get("/api/program/at-risk")), time(() -> get("/api/program/fidelity")),
				time(() -> get(year)), time(() -> get(year + "&caseManager=bench-cm-007")), time(caseFile),
				time(caseload));
		Reads.report(figures);
	}

	/**
	 * What the plugin asks for when the page opens, all at once: caseloads, at risk,
	 * staff and six months of fidelity.
	 */
	private ResponseEntity<Map> wholePage() {
		List<CompletableFuture<ResponseEntity<Map>>> others = List
			.of("/api/program/caseloads", "/api/program/at-risk", "/api/program/fidelity")
			.stream()
			.map(path -> CompletableFuture.supplyAsync(() -> get(path)))
			.toList();
		ResponseEntity<List> staff = this.rest.withBasicAuth("sam", DEMO_PASSWORD)
			.getForEntity("/api/case-managers", List.class);
		assertThat(staff.getStatusCode()).isEqualTo(HttpStatus.OK);
		others.forEach(call -> assertThat(call.join().getStatusCode()).isEqualTo(HttpStatus.OK));
		return others.get(2).join();
	}

	private ResponseEntity<Map> get(String path) {
		return this.rest.withBasicAuth("sam", DEMO_PASSWORD).getForEntity(path, Map.class);
	}

	private String seeded() {
		return String.format("%,d contacts, %,d handoffs, %,d crises, %,d check-ins",
				count("contact where participant_id > 1000000"), count("handoff where participant_id > 1000000"),
				count("crisis where participant_id > 1000000"), count("check_in where follow_up_id > 1000000"));
	}

	private long count(String rows) {
		return this.jdbc.queryForObject("select count(*) from " + rows, Long.class);
	}

	private static String time(Supplier<? extends ResponseEntity<?>> read) {
		return Reads.measure(WARM_UP, READS, read);
	}

}
