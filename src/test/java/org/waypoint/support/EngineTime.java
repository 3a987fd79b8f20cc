package org.waypoint.support;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Moves the engine clock and runs what fell due, for one process instance and the
 * processes it called: other tests' instances on a shared database are left alone. Time
 * moves, nobody sleeps.
 * <p>
 * Tests start from {@link #start()}: the instant in the system property
 * {@value #START_PROPERTY} (ISO, e.g. {@code 2027-03-01T07:30:00Z}), or now. With the
 * property set, the engine clock runs from that instant for the whole test run (see
 * {@link StartClockAtTestStart}), so the suite can be run from any calendar boundary.
 */
public final class EngineTime {

	public static final String START_PROPERTY = "waypoint.test.start";

	private static final Instant CONFIGURED_START = configuredStart();

	/**
	 * When this JVM's tests began, by the JVM's clock: the configured start runs on from
	 * it.
	 */
	private static final long BEGAN_AT = System.currentTimeMillis();

	private final ProcessEngine engine;

	private EngineTime(ProcessEngine engine) {
		this.engine = engine;
	}

	public static EngineTime of(ProcessEngine engine) {
		return new EngineTime(engine);
	}

	public static Instant now() {
		return ClockUtil.getCurrentTime().toInstant();
	}

	/** The engine's today, in UTC as the engine clock runs. */
	public static LocalDate today() {
		return LocalDate.ofInstant(now(), ZoneOffset.UTC);
	}

	/**
	 * The instant a test starts from, in whole seconds (as the database keeps them): now,
	 * or, with {@value #START_PROPERTY} set, that instant plus the time the run has taken
	 * so far. Time never runs backwards between tests: what one test left behind (a
	 * login's lockout, a record's timestamp) stays in the past of the next.
	 */
	public static Instant start() {
		return Instant.ofEpochMilli(runningMillis()).truncatedTo(ChronoUnit.SECONDS);
	}

	/** Lets the engine clock run again, from where {@link #start()} stands. */
	public static void reset() {
		if (CONFIGURED_START == null) {
			ClockUtil.reset();
		}
		else {
			ClockUtil.offset(runningMillis() - System.currentTimeMillis());
		}
	}

	private static long runningMillis() {
		long now = System.currentTimeMillis();
		return (CONFIGURED_START == null) ? now : CONFIGURED_START.toEpochMilli() + (now - BEGAN_AT);
	}

	private static Instant configuredStart() {
		String start = System.getProperty(START_PROPERTY);
		return (start == null || start.isBlank()) ? null : Instant.parse(start.strip());
	}

	public static void setNow(Instant now) {
		ClockUtil.setCurrentTime(Date.from(now));
	}

	/**
	 * Moves the clock forward and runs every job of the instance's tree that is due by
	 * then (timers and asynchronous steps), until none is left due.
	 */
	public void advance(String processInstanceId, Duration by) {
		setNow(now().plus(by));
		runDue(processInstanceId);
	}

	/**
	 * Runs the jobs of the instance's tree that are due now, including those they create.
	 */
	public void runDue(String processInstanceId) {
		for (int round = 0; round < 100; round++) {
			List<Job> due = jobsOf(processInstanceId).stream()
				.filter(job -> job.getDuedate() == null || !job.getDuedate().after(ClockUtil.getCurrentTime()))
				.toList();
			if (due.isEmpty()) {
				return;
			}
			due.forEach(job -> this.engine.getManagementService().executeJob(job.getId()));
		}
		throw new IllegalStateException("Jobs of " + processInstanceId + " keep falling due: a loop without a wait?");
	}

	/**
	 * When a timer cycle (cron or ISO) falls due next, computed as the engine computes it
	 * (a cron in the JVM's time zone, as the site's server runs it).
	 */
	public static Instant nextInCycle(String cycle) {
		return new CycleBusinessCalendar().resolveDuedate(cycle).toInstant();
	}

	/** The earliest timer of the instance's tree. */
	public Instant nextTimer(String processInstanceId) {
		return jobsOf(processInstanceId).stream()
			.filter(job -> job.getDuedate() != null)
			.map(job -> job.getDuedate().toInstant())
			.min(Instant::compareTo)
			.orElseThrow(() -> new IllegalStateException("No timer waits in " + processInstanceId));
	}

	/**
	 * Moves the clock to the earliest timer of the instance's tree and runs what is due.
	 */
	public void fireNextTimer(String processInstanceId) {
		setNow(nextTimer(processInstanceId));
		runDue(processInstanceId);
	}

	public List<Job> jobsOf(String processInstanceId) {
		List<Job> jobs = new ArrayList<>();
		for (String instance : tree(processInstanceId)) {
			jobs.addAll(this.engine.getManagementService().createJobQuery().processInstanceId(instance).list());
		}
		return jobs;
	}

	/** The instance and every instance it called, down the tree. */
	public List<String> tree(String processInstanceId) {
		List<String> instances = new ArrayList<>(List.of(processInstanceId));
		for (int next = 0; next < instances.size(); next++) {
			this.engine.getRuntimeService()
				.createProcessInstanceQuery()
				.superProcessInstanceId(instances.get(next))
				.list()
				.stream()
				.map(ProcessInstance::getId)
				.forEach(instances::add);
		}
		return instances;
	}

}
