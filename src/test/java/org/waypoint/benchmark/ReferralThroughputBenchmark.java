package org.waypoint.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waypoint.capacity.CapacityService;
import org.waypoint.referral.Door;
import org.waypoint.referral.NewReferral;
import org.waypoint.referral.ReferralService;
import org.waypoint.support.CaseloadFixture;
import org.waypoint.support.Screening;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * Referral throughput end to end on PostgreSQL: a referral is taken (its process starts),
 * screened, prioritized, decided under the caseload lock and assigned. Run with
 * {@code ./mvnw -Pbenchmark verify}; figures go to the console and to
 * target/benchmark.txt. A measurement, not a test of speed: it asserts only that every
 * referral was decided.
 */
@WaypointIntegrationTest
class ReferralThroughputBenchmark {

	private static final int CASE_MANAGERS = 100;

	private static final int WARM_UP = 50;

	private static final int REFERRALS = 1000;

	private static final int THREADS = 8;

	@Autowired
	ProcessEngine engine;

	@Autowired
	ReferralService referralService;

	@Autowired
	TaskService taskService;

	@Autowired
	CapacityService capacity;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void referralsPerSecondThroughTheCapacityDecision() throws Exception {
		Map<String, Integer> emptyCaseloads = new HashMap<>();
		for (int caseManager = 0; caseManager < CASE_MANAGERS; caseManager++) {
			emptyCaseloads.put("bench-cm-" + caseManager, 0);
		}
		CaseloadFixture.onlyCaseManagersHolding(this.engine, this.jdbc, this.capacity, emptyCaseloads);
		run("warm-up", WARM_UP);

		Duration elapsed = run("measured", REFERRALS);

		double perSecond = REFERRALS / (elapsed.toMillis() / 1000.0);
		String figures = String.format(
				"%s referral throughput: %d referrals (take + screen + decide + assign), %d threads, %d case managers, PostgreSQL: %.1f s, %.1f referrals/s, %.1f ms per referral per thread%n",
				Instant.now(), REFERRALS, THREADS, CASE_MANAGERS, elapsed.toMillis() / 1000.0, perSecond,
				elapsed.toMillis() * (double) THREADS / REFERRALS);
		System.out.print(figures);
		Files.writeString(Path.of("target", "benchmark.txt"), figures, StandardOpenOption.CREATE,
				StandardOpenOption.APPEND);
		assertThat(this.jdbc.queryForObject("select count(*) from capacity_decision", Integer.class))
			.isEqualTo(WARM_UP + REFERRALS);
	}

	private Duration run(String batch, int referrals) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(THREADS);
		List<Future<?>> work = new ArrayList<>();
		Instant start = Instant.now();
		for (int number = 0; number < referrals; number++) {
			String reference = batch + "-" + number;
			work.add(threads.submit(() -> takeAndScreen(reference)));
		}
		for (Future<?> referral : work) {
			referral.get(10, TimeUnit.MINUTES);
		}
		Duration elapsed = Duration.between(start, Instant.now());
		threads.shutdown();
		return elapsed;
	}

	private void takeAndScreen(String reference) {
		String caseNumber = this.referralService
			.submit(new NewReferral(Door.LAW_ENFORCEMENT_SOCIAL_CONTACT, reference, "Bench", "Mark-" + reference, null,
					null, "Precinct", null, null, null), "bench-partner")
			.referral()
			.caseNumber();
		Screening.screen(this.taskService, caseNumber, Map.of());
	}

}
