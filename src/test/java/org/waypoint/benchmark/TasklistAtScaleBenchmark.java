package org.waypoint.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.support.WaypointIntegrationTest.DEMO_PASSWORD;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waypoint.platform.tasklist.TasklistFilters;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * Tasklist at scale (issue 17, item 3): every shipped filter's count and first page, as
 * each demo role sees them, with 100,000 open tasks beside a program year of 10,000
 * participants, authorization on. Each kind of task is made once by the shipped model
 * (its candidate groups, assignee, due date, priority, variables and the engine's own
 * task authorizations) and then copied in SQL, each copy in a process instance of its
 * own: assigned to the 400 seeded case managers (every 400th to casey), half of them
 * overdue. Run with {@code ./mvnw -Pbenchmark verify -Dit.test=TasklistAtScaleBenchmark};
 * figures go to the console and to target/benchmark.txt. A measurement: it asserts only
 * that every call answered and that the copies are there.
 */
@WaypointIntegrationTest
class TasklistAtScaleBenchmark {

	/**
	 * Few by default: at this scale one count can take many seconds
	 * ({@code -Dbenchmark.reads=10 -Dbenchmark.warmUp=2} for steadier figures).
	 */
	private static final int READS = Integer.getInteger("benchmark.reads", 3);

	private static final int WARM_UP = Integer.getInteger("benchmark.warmUp", 1);

	/** How many open tasks in all: {@code -Dbenchmark.tasks=10000} for a tenth. */
	private static final int TASKS = Integer.getInteger("benchmark.tasks", 100_000);

	/** The tasks of each kind to copy, per 100,000. */
	private static final Map<String, Integer> COPIES = new LinkedHashMap<>(
			Map.of("Task_MakeOverdueContact", 50_000, "Task_LocateParticipant", 15_000, "Task_ScreenReferral", 10_000,
					"Task_ApproveStepDown", 10_000, "Task_ClinicalAssessment", 10_000, "Task_RespondToCrisis", 5_000));

	/**
	 * One login of each role that works in Tasklist; some of them for a shorter run:
	 * {@code -Dbenchmark.roles=casey,sam}.
	 */
	private static final List<String> ROLES = List
		.of(System.getProperty("benchmark.roles", "casey,clara,olivia,pete,sam").split(","));

	private static final String COPY_OF = "-bm-";

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProcessEngine engine;

	@Autowired
	Clock clock;

	@Autowired
	TestRestTemplate rest;

	@Test
	void everyShippedFilterAtAHundredThousandOpenTasks() throws IOException {
		Instant now = this.clock.instant();
		ProgramYear.seed(this.dataSource, now);
		long seedStart = System.nanoTime();
		Map<String, String> templates = templates();
		templates.forEach((taskKey, instance) -> copy(instance, copiesOf(taskKey)));
		long seedSeconds = (System.nanoTime() - seedStart) / 1_000_000_000;
		long open = this.engine.getTaskService().createTaskQuery().count();
		assertThat(open).isGreaterThanOrEqualTo(TASKS);
		this.jdbc.execute("analyze");

		StringBuilder figures = new StringBuilder(String.format(
				"%s Tasklist at scale: %,d open tasks (%,d copied in %d s), 10,000 participants, authorization on, PostgreSQL%n",
				Instant.now(), open, COPIES.keySet().stream().mapToInt(TasklistAtScaleBenchmark::copiesOf).sum(),
				seedSeconds));
		for (String login : ROLES) {
			TestRestTemplate user = this.rest.withBasicAuth(login, DEMO_PASSWORD);
			for (Filter filter : visibleTo(login)) {
				String id = filter.getId();
				ResponseEntity<Map> count = user.getForEntity("/engine-rest/filter/" + id + "/count", Map.class);
				if (filter.getName().equals("My caseload")) {
					assertThat(((Number) count.getBody().get("count")).longValue()).as("%s's own tasks", login)
						.isEqualTo(this.jdbc.queryForObject("select count(*) from act_ru_task where assignee_ = ?",
								Long.class, login));
				}
				figures.append(String.format("  %-7s %-20s %,7d tasks  count: %s%n%38s first page: %s%n", login,
						filter.getName(), ((Number) count.getBody().get("count")).longValue(),
						Reads.measure(WARM_UP, READS,
								() -> user.getForEntity("/engine-rest/filter/" + id + "/count", Map.class)),
						"",
						Reads.measure(WARM_UP, READS,
								() -> user.exchange("/engine-rest/filter/" + id + "/list?firstResult=0&maxResults=15",
										HttpMethod.GET, hal(), String.class))));
			}
		}
		Reads.report(figures.toString());
	}

	/**
	 * One instance of each kind of task, made by the shipped models as a participant's
	 * path makes them (the task's own listeners run): its process instance's id by task
	 * key.
	 */
	private Map<String, String> templates() {
		Map<String, Object> ids = Map.of("participantId", 1005007L, "referralId", 5007L, "caseNumber", "R-BENCH",
				"participantName", "Bench P.", "caseManagerId", "casey");
		Map<String, String> templates = new LinkedHashMap<>();
		templates.put("Task_MakeOverdueContact", startBefore("contact-watch", "Task_MakeOverdueContact", ids));
		templates.put("Task_LocateParticipant",
				this.engine.getRuntimeService()
					.createProcessInstanceByKey("outreach")
					.businessKey("R-BENCH")
					.setVariables(ids)
					.setVariable("outreachReason", "IN_THE_WIND")
					.execute()
					.getId());
		templates.put("Task_ScreenReferral", startBefore("participant-lifecycle", "Task_ScreenReferral", ids));
		templates.put("Task_ApproveStepDown", startBefore("step-down", "Task_ApproveStepDown", ids));
		templates.put("Task_ClinicalAssessment", startBefore("assessment", "Task_ClinicalAssessment", ids));
		templates.put("Task_RespondToCrisis", startBefore("crisis-response", "Task_RespondToCrisis", ids));
		templates.forEach((taskKey,
				instance) -> assertThat(this.engine.getTaskService()
					.createTaskQuery()
					.processInstanceId(instance)
					.taskDefinitionKey(taskKey)
					.count()).as(taskKey).isEqualTo(1));
		return templates;
	}

	private static int copiesOf(String taskKey) {
		return (int) ((long) COPIES.get(taskKey) * TASKS / 100_000);
	}

	private String startBefore(String processKey, String activity, Map<String, Object> variables) {
		ProcessInstance instance = this.engine.getRuntimeService()
			.createProcessInstanceByKey(processKey)
			.businessKey("R-BENCH")
			.setVariables(variables)
			.startBeforeActivity(activity)
			.execute();
		return instance.getId();
	}

	/**
	 * Copies the instance's executions, task, candidate groups, variables and task
	 * authorizations {@code copies} times, each copy with ids of its own, assigned to one
	 * of the seeded case managers (every 400th to casey), due from ten days ago to ten
	 * days ahead.
	 */
	private void copy(String instance, int copies) {
		String task = this.jdbc.queryForObject("select id_ from act_ru_task where proc_inst_id_ = ?", String.class,
				instance);
		String assignee = "case when n % 400 = 0 then 'casey' else 'bench-cm-' || lpad((n % 400)::text, 3, '0') end";
		copyRows("act_ru_execution", "proc_inst_id_ = '" + instance + "'", copies,
				"id_ = id_ || s, proc_inst_id_ = proc_inst_id_ || s, root_proc_inst_id_ = root_proc_inst_id_ || s,"
						+ " parent_id_ = parent_id_ || s, business_key_ = 'R-BM-' || n");
		copyRows("act_ru_task", "id_ = '" + task + "'", copies,
				"id_ = id_ || s, execution_id_ = execution_id_ || s, proc_inst_id_ = proc_inst_id_ || s,"
						+ " assignee_ = case when assignee_ is null then null else " + assignee + " end,"
						+ " due_date_ = now() + ((n % 21) - 10) * interval '1 day',"
						+ " priority_ = case when priority_ >= 100 then priority_ when n % 21 < 10 then 80 else 50 end");
		copyRows("act_ru_identitylink", "task_id_ = '" + task + "'", copies,
				"id_ = id_ || s, task_id_ = task_id_ || s");
		copyRows("act_ru_variable", "proc_inst_id_ = '" + instance + "' and bytearray_id_ is null", copies,
				"id_ = id_ || s, execution_id_ = execution_id_ || s, proc_inst_id_ = proc_inst_id_ || s,"
						+ " task_id_ = task_id_ || s, var_scope_ = var_scope_ || s, text_ = case when name_ = 'caseManagerId' then "
						+ assignee + " when name_ = 'caseNumber' then 'R-BM-' || n else text_ end");
		copyRows("act_ru_authorization", "resource_type_ = 7 and resource_id_ = '" + task + "'", copies,
				"id_ = id_ || s, resource_id_ = resource_id_ || s,"
						+ " user_id_ = case when user_id_ is null then null else " + assignee + " end");
	}

	/**
	 * Copies a table's rows that match {@code where}, {@code copies} times, through a
	 * temporary table whose columns {@code set} rewrites ({@code n}: the copy's number,
	 * {@code s}: its id suffix).
	 */
	private void copyRows(String table, String where, int copies, String set) {
		this.jdbc.execute("create temporary table bm_copy as select t.*, n, '" + COPY_OF + "' || n as s from " + table
				+ " t cross join generate_series(1, " + copies + ") n where " + where);
		this.jdbc.execute("update bm_copy set " + set);
		this.jdbc.execute("alter table bm_copy drop column n, drop column s");
		this.jdbc.execute("insert into " + table + " select * from bm_copy");
		this.jdbc.execute("drop table bm_copy");
	}

	/** The shipped filters this login's groups may read, in Tasklist's order. */
	private List<Filter> visibleTo(String login) {
		List<String> names = TasklistFilters.savedFilters().stream().map(TasklistFilters.SavedFilter::name).toList();
		try {
			this.engine.getIdentityService()
				.setAuthentication(login,
						this.engine.getIdentityService()
							.createGroupQuery()
							.groupMember(login)
							.list()
							.stream()
							.map(group -> group.getId())
							.toList());
			return this.engine.getFilterService()
				.createFilterQuery()
				.orderByFilterId()
				.asc()
				.list()
				.stream()
				.filter(filter -> names.contains(filter.getName()))
				.toList();
		}
		finally {
			this.engine.getIdentityService().clearAuthentication();
		}
	}

	/** As Tasklist asks for a page: HAL, with the filter's variables embedded. */
	private static HttpEntity<Void> hal() {
		HttpHeaders headers = new HttpHeaders();
		headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
		return new HttpEntity<>(headers);
	}

}
