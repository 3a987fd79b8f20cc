package org.waypoint.platform.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.waypoint.referral.Door;
import org.waypoint.support.EngineTime;
import org.waypoint.support.Journeys;
import org.waypoint.support.ParticipantJourney;
import org.waypoint.support.TestLogins;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * Crisis tasks first in every list, then overdue, then due soon, then the rest: each
 * task's priority says how urgent it is, and each shipped filter sorts by it before the
 * order a user picks in Tasklist (here Tasklist's default, newest first).
 */
@WaypointIntegrationTest
class TaskUrgencyIT {

	private final String caseManager = "cm-urgent-" + UUID.randomUUID().toString().substring(0, 6);

	@Autowired
	Journeys journeys;

	@Autowired
	ProcessEngine engine;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	TaskUrgencyRefresh refresh;

	private ParticipantJourney ana;

	@BeforeEach
	void anaTakenIn() {
		EngineTime.setNow(EngineTime.start());
		this.journeys.onlyCaseManagersHolding(Map.of(this.caseManager, 0));
		this.ana = this.journeys.refer(Door.COMMUNITY, "Ana", "Urgent-" + UUID.randomUUID().toString().substring(0, 6))
			.screenEligible(true)
			.takeIn();
	}

	@AfterEach
	void realTime() {
		EngineTime.reset();
	}

	@Test
	void aCrisisComesFirstInMyCaseloadWhateverTheSortingThenTasksAsTheyBecomeDue() {
		List<Task> routine = anasTasks();
		assertThat(routine).isNotEmpty()
			.allSatisfy(task -> assertThat(task.getPriority()).isEqualTo(TaskUrgency.ROUTINE));

		assertThat(this.rest.withBasicAuth(this.caseManager, TestLogins.PASSWORD)
			.postForEntity("/api/participants/" + this.ana.participantId() + "/crises",
					Map.of("kind", "RELAPSE", "description", "Called from the shelter"), Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		Map<String, Object> contactForm = this.rest.withBasicAuth(this.caseManager, TestLogins.PASSWORD)
			.postForEntity("/api/participants/" + this.ana.participantId() + "/contacts/form", null, Map.class)
			.getBody();

		List<Map<String, Object>> listed = myCaseloadAsTasklistListsIt();
		assertThat(listed.get(0)).containsEntry("taskDefinitionKey", "Task_RespondToCrisis")
			.containsEntry("priority", TaskUrgency.CRISIS);
		assertThat(listed.get(1)).as("due in 8 hours")
			.containsEntry("id", contactForm.get("taskId"))
			.containsEntry("priority", TaskUrgency.DUE_SOON);
		assertThat(listed).extracting(task -> (Integer) task.get("priority"))
			.isSortedAccordingTo(Comparator.reverseOrder());

		Task dueFirst = routine.stream().min(Comparator.comparing(Task::getDueDate)).orElseThrow();
		Instant due = dueFirst.getDueDate().toInstant();
		EngineTime.setNow(due.minus(Duration.ofDays(1)).minusSeconds(60));
		this.refresh.refresh();
		assertThat(priorityOf(dueFirst)).as("a day and a minute before").isEqualTo(TaskUrgency.ROUTINE);
		EngineTime.setNow(due.minus(Duration.ofHours(23)));
		this.refresh.refresh();
		assertThat(priorityOf(dueFirst)).as("23 hours before").isEqualTo(TaskUrgency.DUE_SOON);
		EngineTime.setNow(due.plusSeconds(60));
		assertThat(this.refresh.refresh()).isPositive();
		assertThat(priorityOf(dueFirst)).as("a minute late").isEqualTo(TaskUrgency.OVERDUE);

		List<Map<String, Object>> later = myCaseloadAsTasklistListsIt();
		assertThat(later.get(0)).containsEntry("taskDefinitionKey", "Task_RespondToCrisis");
		assertThat(later).extracting(task -> (Integer) task.get("priority"))
			.isSortedAccordingTo(Comparator.reverseOrder())
			.contains(TaskUrgency.OVERDUE);
	}

	private List<Task> anasTasks() {
		return this.engine.getTaskService()
			.createTaskQuery()
			.taskAssignee(this.caseManager)
			.processVariableValueEquals("participantId", this.ana.participantId())
			.list();
	}

	private int priorityOf(Task task) {
		return this.engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult().getPriority();
	}

	/** The "My caseload" filter, as Tasklist asks for it: newest first. */
	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> myCaseloadAsTasklistListsIt() {
		String filterId = this.engine.getFilterService()
			.createFilterQuery()
			.filterName("My caseload")
			.singleResult()
			.getId();
		return this.rest.withBasicAuth(this.caseManager, TestLogins.PASSWORD)
			.postForObject("/engine-rest/filter/" + filterId + "/list",
					Map.of("sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc"))), List.class);
	}

}
