package org.waypoint.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waypoint.capacity.CapacityService;
import org.waypoint.support.CaseloadFixture;
import org.waypoint.support.Screening;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * Waypoint side by side with a bare Camunda 7.24 engine on the same PostgreSQL server
 * (issue 17, items 1 and 2), at 1, 4 and 8 clients. The bare engine (no Spring, REST or
 * JPA; its own database on the server, history full as Waypoint's, authorization off)
 * starts a process whose business-rule task evaluates referral-priority and that waits in
 * a user task, then completes that task and a second one. Waypoint takes each referral
 * over HTTP as a partner does ({@code POST /api/referrals}) and screens it as Tasklist
 * does (task query, claim and {@code submit-form} through {@code /engine-rest}); the
 * capacity decision runs inside the submission. Printed and appended to
 * target/benchmark.txt: throughput, p50/p95 of each call, how long the caseload lock was
 * held, and Waypoint's figures as ratios to the bare engine's. Nothing is asserted but
 * that every call succeeded.
 */
@WaypointIntegrationTest
class EngineSideBySideBenchmark {

	private static final int[] CLIENTS = { 1, 4, 8 };

	/** Bare instances, and referrals, per client count. */
	private static final int RUNS = Integer.getInteger("benchmark.sideBySide.runs", 240);

	private static final int WARM_UP = 40;

	private static final Map<String, Object> SCREENED_ELIGIBLE = submitFormVariables(Screening.ELIGIBLE);

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProcessEngine engine;

	@Autowired
	CapacityService capacity;

	@Autowired
	MeterRegistry meters;

	@Autowired
	TestRestTemplate rest;

	@Test
	void waypointBesideTheBareEngine() throws Exception {
		Map<String, Integer> emptyCaseloads = new HashMap<>();
		for (int caseManager = 0; caseManager < 100; caseManager++) {
			emptyCaseloads.put("side-cm-" + caseManager, 0);
		}
		CaseloadFixture.onlyCaseManagersHolding(this.engine, this.jdbc, this.capacity, emptyCaseloads);
		try (HikariDataSource bareDatabase = bareDatabase()) {
			ProcessEngine bare = bareEngine(bareDatabase);
			try {
				runBare(bare, 1, WARM_UP);
				runWaypoint(1, WARM_UP, "warm-up");
				StringBuilder figures = new StringBuilder();
				for (int clients : CLIENTS) {
					Figures bareFigures = runBare(bare, clients, RUNS);
					LockHeld lockBefore = lockHeld();
					Figures waypoint = runWaypoint(clients, RUNS, "side-" + clients);
					LockHeld lock = lockHeld().since(lockBefore);
					figures.append(report(clients, bareFigures, waypoint, lock));
				}
				Reads.report(figures.toString());
			}
			finally {
				bare.close();
			}
		}
	}

	/** Each call's latencies, and the whole run's length. */
	private record Figures(Map<String, List<Long>> micros, long elapsedMicros, int runs) {

		double perSecond() {
			return this.runs / (this.elapsedMicros / 1_000_000.0);
		}

		double p(String call, int percentile) {
			List<Long> sorted = new ArrayList<>(this.micros.get(call));
			sorted.sort(null);
			return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percentile / 100)) / 1000.0;
		}

		String line(String call) {
			return String.format("%s p50 %.1f ms, p95 %.1f ms", call, p(call, 50), p(call, 95));
		}

	}

	/** A call's latencies, kept from any client thread. */
	private static final class Timings {

		private final Map<String, ConcurrentLinkedQueue<Long>> micros = new HashMap<>();

		Timings(String... calls) {
			Arrays.stream(calls).forEach(call -> this.micros.put(call, new ConcurrentLinkedQueue<>()));
		}

		<T> T time(String call, Supplier<T> work) {
			long start = System.nanoTime();
			T result = work.get();
			this.micros.get(call).add((System.nanoTime() - start) / 1000);
			return result;
		}

		Figures figures(long elapsedMicros, int runs) {
			Map<String, List<Long>> lists = new HashMap<>();
			this.micros.forEach((call, values) -> lists.put(call, List.copyOf(values)));
			return new Figures(lists, elapsedMicros, runs);
		}

	}

	private static Figures run(int clients, int runs, Timings timings, IntConsumer oneRun) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(clients);
		AtomicInteger next = new AtomicInteger();
		List<Future<?>> work = new ArrayList<>();
		long start = System.nanoTime();
		for (int client = 0; client < clients; client++) {
			work.add(threads.submit(() -> {
				for (int number = next.getAndIncrement(); number < runs; number = next.getAndIncrement()) {
					oneRun.accept(number);
				}
			}));
		}
		for (Future<?> client : work) {
			client.get(30, TimeUnit.MINUTES);
		}
		long elapsed = (System.nanoTime() - start) / 1000;
		threads.shutdown();
		return timings.figures(elapsed, runs);
	}

	// the bare engine

	private HikariDataSource bareDatabase() throws SQLException {
		String url;
		String user;
		try (Connection connection = this.dataSource.getConnection()) {
			url = connection.getMetaData().getURL();
			user = connection.getMetaData().getUserName();
		}
		if (this.jdbc.queryForObject("select count(*) from pg_database where datname = 'bare_engine'",
				Integer.class) == 0) {
			this.jdbc.execute("create database bare_engine");
		}
		HikariDataSource bare = new HikariDataSource();
		bare.setJdbcUrl(url.replaceFirst("/[^/?]+(\\?|$)", "/bare_engine$1"));
		bare.setUsername(user);
		bare.setMaximumPoolSize(10);
		return bare;
	}

	private static ProcessEngine bareEngine(DataSource database) throws IOException {
		ProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration().setDataSource(database)
			.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
			.setHistory(ProcessEngineConfiguration.HISTORY_FULL)
			.setJobExecutorActivate(false)
			.setProcessEngineName("bare-benchmark");
		ProcessEngine bare = configuration.buildProcessEngine();
		BpmnModelInstance model = Bpmn.createExecutableProcess("bare-referral")
			.camundaHistoryTimeToLive(30)
			.startEvent()
			.businessRuleTask("Task_Prioritize")
			.camundaDecisionRef("referral-priority")
			.camundaMapDecisionResult("singleEntry")
			.camundaResultVariable("priority")
			.userTask("Task_First")
			.camundaCandidateGroups("outreach")
			.userTask("Task_Second")
			.camundaCandidateGroups("outreach")
			.endEvent()
			.done();
		bare.getRepositoryService()
			.createDeployment()
			.name("bare benchmark")
			.enableDuplicateFiltering(true)
			.addModelInstance("bare-referral.bpmn", model)
			.addInputStream("referral-priority.dmn",
					Files.newInputStream(Path.of("processes", "referral-priority.dmn")))
			.deploy();
		return bare;
	}

	private static Figures runBare(ProcessEngine bare, int clients, int runs) throws Exception {
		Timings timings = new Timings("start", "first completion", "second completion");
		TaskService tasks = bare.getTaskService();
		return run(clients, runs, timings, number -> {
			String instance = timings.time("start",
					() -> bare.getRuntimeService()
						.startProcessInstanceByKey("bare-referral", Map.of("door", "LAW_ENFORCEMENT_SOCIAL_CONTACT"))
						.getId());
			for (String step : List.of("first completion", "second completion")) {
				String task = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
				timings.time(step, () -> {
					tasks.complete(task);
					return null;
				});
			}
		});
	}

	// Waypoint, as a partner and Tasklist call it

	private Figures runWaypoint(int clients, int runs, String batch) throws Exception {
		Timings timings = new Timings("POST referral", "task query", "claim", "submit-form");
		TestRestTemplate partner = this.rest.withBasicAuth("rita", WaypointIntegrationTest.DEMO_PASSWORD);
		TestRestTemplate outreach = this.rest.withBasicAuth("olivia", WaypointIntegrationTest.DEMO_PASSWORD);
		return run(clients, runs, timings, number -> {
			ResponseEntity<Map> referral = timings.time("POST referral",
					() -> partner.postForEntity("/api/referrals", json(referral(batch + "-" + number)), Map.class));
			assertThat(referral.getStatusCode()).isEqualTo(HttpStatus.CREATED);
			String caseNumber = (String) referral.getBody().get("caseNumber");
			ResponseEntity<List> found = timings.time("task query", () -> outreach.getForEntity(
					"/engine-rest/task?processInstanceBusinessKey={caseNumber}&taskDefinitionKey=Task_ScreenReferral",
					List.class, caseNumber));
			assertThat(found.getBody()).as(caseNumber + "'s screening").hasSize(1);
			String task = (String) ((Map<?, ?>) found.getBody().get(0)).get("id");
			ResponseEntity<Void> claimed = timings.time("claim", () -> outreach
				.postForEntity("/engine-rest/task/" + task + "/claim", json(Map.of("userId", "olivia")), Void.class));
			assertThat(claimed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
			ResponseEntity<Map> submitted = timings.time("submit-form",
					() -> outreach.postForEntity("/engine-rest/task/" + task + "/submit-form",
							json(Map.of("variables", SCREENED_ELIGIBLE)), Map.class));
			assertThat(submitted.getStatusCode()).as(caseNumber + "'s screening").isEqualTo(HttpStatus.NO_CONTENT);
		});
	}

	private static Map<String, Object> referral(String partnerReference) {
		return Map.of("partnerReference", partnerReference, "door", "LAW_ENFORCEMENT_SOCIAL_CONTACT", "firstName",
				"Bench", "lastName", "Side-" + partnerReference, "referringAgency", "Central Precinct", "reason",
				"Benchmark referral");
	}

	private static Map<String, Object> submitFormVariables(Map<String, Object> answers) {
		Map<String, Object> variables = new HashMap<>();
		answers.forEach((name, value) -> variables.put(name, Map.of("value", value)));
		return variables;
	}

	private static HttpEntity<Map<String, Object>> json(Map<String, Object> body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

	// the caseload lock, from Waypoint's own histogram (waypoint.capacity.lock.held)

	/** The histogram's cumulative counts at each bucket's upper bound, in ms. */
	private record LockHeld(double[] boundsMillis, double[] counts, long total) {

		LockHeld since(LockHeld before) {
			double[] counts = new double[this.counts.length];
			for (int bucket = 0; bucket < counts.length; bucket++) {
				counts[bucket] = this.counts[bucket] - before.counts[bucket];
			}
			return new LockHeld(this.boundsMillis, counts, this.total - before.total);
		}

		/**
		 * The upper bound of the bucket the percentile falls in ("> 2000" past the last).
		 */
		String atMost(int percentile) {
			double wanted = this.total * percentile / 100.0;
			for (int bucket = 0; bucket < this.counts.length; bucket++) {
				if (this.counts[bucket] >= wanted) {
					return "<= " + (long) this.boundsMillis[bucket] + " ms";
				}
			}
			return "> " + (long) this.boundsMillis[this.boundsMillis.length - 1] + " ms";
		}

	}

	private LockHeld lockHeld() {
		var snapshot = this.meters.get("waypoint.capacity.lock.held").timer().takeSnapshot();
		CountAtBucket[] buckets = snapshot.histogramCounts();
		return new LockHeld(
				Arrays.stream(buckets).mapToDouble(bucket -> bucket.bucket(TimeUnit.MILLISECONDS)).toArray(),
				Arrays.stream(buckets).mapToDouble(CountAtBucket::count).toArray(), snapshot.count());
	}

	private static String report(int clients, Figures bare, Figures waypoint, LockHeld lock) {
		double bareTransactionsPerSecond = bare.perSecond() * 3;
		return String.format("%s side by side, %d client(s), PostgreSQL 16 (embedded):%n"
				+ "  bare engine: %.1f instances/s (%.1f transactions/s); %s; %s; %s%n"
				+ "  Waypoint: %.1f referrals/s; %s; %s; %s; %s; caseload lock held p50 %s, p95 %s (%d decisions)%n"
				+ "  ratios: referrals/s to bare transactions/s 1/%.1f; submit-form p95 to bare completion p95 %.1fx;"
				+ " POST referral p95 to bare start p95 %.1fx%n", Instant.now(), clients, bare.perSecond(),
				bareTransactionsPerSecond, bare.line("start"), bare.line("first completion"),
				bare.line("second completion"), waypoint.perSecond(), waypoint.line("POST referral"),
				waypoint.line("task query"), waypoint.line("claim"), waypoint.line("submit-form"), lock.atMost(50),
				lock.atMost(95), lock.total(), bareTransactionsPerSecond / waypoint.perSecond(),
				waypoint.p("submit-form", 95) / bare.p("first completion", 95),
				waypoint.p("POST referral", 95) / bare.p("start", 95));
	}

}
