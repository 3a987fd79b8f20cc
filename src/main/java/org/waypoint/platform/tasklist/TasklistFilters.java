package org.waypoint.platform.tasklist;

import static org.waypoint.platform.access.ProgramGroup.CASE_MANAGERS;
import static org.waypoint.platform.access.ProgramGroup.CLINICIANS;
import static org.waypoint.platform.access.ProgramGroup.OUTREACH;
import static org.waypoint.platform.access.ProgramGroup.SUPERVISORS;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.waypoint.platform.access.AccessSetup;
import org.waypoint.platform.access.GroupAuthorizations;
import org.waypoint.platform.access.ProgramGroup;

/**
 * The saved Tasklist filters of DESIGN.md section 5, created on start when missing and
 * shown to the groups that work them. Each filter lists the participant's name and case
 * number beside the task, so a row reads on its own, and lists the most urgent first. A
 * filter whose shipped definition changed (a higher revision: 2 ranked every filter by
 * urgency) is brought up to date on the next start.
 */
@Component
@Order(AccessSetup.ORDER + 1)
public class TasklistFilters implements ApplicationRunner {

	/**
	 * Task keys the queues select; the processes that carry them declare the same ids.
	 */
	public static final String SCREEN_REFERRAL_TASK = "Task_ScreenReferral";

	/**
	 * Every task of an open crisis: the first response, the supervisors' when it went
	 * unanswered, the follow-up of an unresolved one, and the fast return offered during
	 * follow-up (and its escalation).
	 */
	static final String[] CRISIS_TASKS = { "Task_RespondToCrisis", "Task_RespondToUnansweredCrisis",
			"Task_FollowUpCrisis", "Task_OfferReturn", "Task_OfferReturnUnanswered" };

	/** The filter property that holds the revision of Waypoint's definition. */
	static final String REVISION = "waypointRevision";

	static final String OUTREACH_PROCESS = "outreach";

	private static final Logger log = LoggerFactory.getLogger(TasklistFilters.class);

	private final FilterService filterService;

	private final TaskService taskService;

	private final AuthorizationService authorizationService;

	TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService) {
		this.filterService = filterService;
		this.taskService = taskService;
		this.authorizationService = authorizationService;
	}

	/**
	 * A saved filter: its name, its query, who sees it, and its place in the Tasklist
	 * column.
	 */
	public record SavedFilter(String name, String description, int priority, Set<ProgramGroup> groups,
			Function<TaskQuery, TaskQuery> query, int revision) {

		SavedFilter(String name, String description, int priority, Set<ProgramGroup> groups,
				Function<TaskQuery, TaskQuery> query) {
			this(name, description, priority, groups, query, 2);
		}

	}

	public static List<SavedFilter> savedFilters() {
		return List.of(
				new SavedFilter("My caseload", "Tasks assigned to me", 10, ProgramGroup.staff(),
						query -> query.taskAssigneeExpression("${currentUser()}")),
				// clinical assessments and supervisors' approvals wait here to be claimed
				new SavedFilter("Team queue", "Tasks waiting for someone in my groups", 15, ProgramGroup.staff(),
						query -> query.taskCandidateGroupInExpression("${currentUserGroups()}")),
				new SavedFilter("Outreach queue", "Locate people not yet engaged or in the wind", 20,
						Set.of(OUTREACH, SUPERVISORS), query -> query.processDefinitionKey(OUTREACH_PROCESS)),
				new SavedFilter("Referrals to screen", "New referrals waiting for screening", 30,
						Set.of(OUTREACH, SUPERVISORS), query -> query.taskDefinitionKey(SCREEN_REFERRAL_TASK)),
				new SavedFilter("Overdue", "Tasks past their due date", 40, ProgramGroup.staff(),
						query -> query.dueBeforeExpression("${now()}").orderByDueDate().asc()),
				new SavedFilter("Crisis", "Crises and relapses waiting for a response", 50,
						Set.of(CASE_MANAGERS, CLINICIANS, SUPERVISORS),
						query -> query.taskDefinitionKeyIn(CRISIS_TASKS), 3));
	}

	@Override
	public void run(ApplicationArguments args) {
		for (SavedFilter savedFilter : savedFilters()) {
			Filter filter = this.filterService.createFilterQuery().filterName(savedFilter.name()).singleResult();
			if (filter == null || revision(filter) < savedFilter.revision()) {
				boolean created = filter == null;
				filter = (created ? this.filterService.newTaskFilter(savedFilter.name()) : filter)
					.setQuery(savedFilter.query().apply(mostUrgentFirst()))
					.setProperties(properties(savedFilter));
				this.filterService.saveFilter(filter);
				log.info("{} Tasklist filter '{}'", created ? "Created" : "Updated", savedFilter.name());
			}
			for (ProgramGroup group : savedFilter.groups()) {
				GroupAuthorizations.grant(this.authorizationService, group.id(), Resources.FILTER, filter.getId(),
						Permissions.READ);
			}
		}
	}

	/**
	 * Every filter lists the most urgent tasks first ({@link TaskUrgency}); the order a
	 * user picks in Tasklist applies within the same urgency, since the engine adds it
	 * after the filter's own.
	 */
	private TaskQuery mostUrgentFirst() {
		return this.taskService.createTaskQuery().orderByTaskPriority().desc();
	}

	private static int revision(Filter filter) {
		Object revision = (filter.getProperties() != null) ? filter.getProperties().get(REVISION) : null;
		return (revision instanceof Number number) ? number.intValue() : 1;
	}

	private static Map<String, Object> properties(SavedFilter savedFilter) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put(REVISION, savedFilter.revision());
		properties.put("description", savedFilter.description());
		properties.put("priority", savedFilter.priority());
		properties.put("refresh", true);
		properties.put("variables", List.of(Map.of("name", TasklistColumns.COLUMNS.get(0), "label", "Participant"),
				Map.of("name", TasklistColumns.COLUMNS.get(1), "label", "Case number")));
		return properties;
	}

}
