package org.waypoint.casefile.web;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.waypoint.casefile.CaseFile;
import org.waypoint.casefile.CaseFileReader;
import org.waypoint.casefile.CaseFileService;
import org.waypoint.casefile.CaseloadRow;
import org.waypoint.casefile.ScreeningOutcome;
import org.waypoint.platform.NotFoundException;
import org.waypoint.platform.NotPermittedException;
import org.waypoint.platform.ProcessIds;
import org.waypoint.platform.access.ApiCaller;
import org.waypoint.platform.access.AsSystem;
import org.waypoint.platform.access.ProgramGroup;
import org.waypoint.platform.tasklist.TasklistFilters;
import org.waypoint.platform.web.CalledBy;

/**
 * The case file and the caseloads for the screens inside Tasklist (and for any staff
 * client): by participant, by the task a worker has open, and as people rather than
 * tasks.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Case files", description = "The case file beside every task, and caseloads as people.")
class CaseFileController {

	private final CaseFileService caseFiles;

	private final TaskService taskService;

	private final HistoryService historyService;

	private final ApiCaller apiCaller;

	private final AsSystem asSystem;

	CaseFileController(CaseFileService caseFiles, TaskService taskService, HistoryService historyService,
			ApiCaller apiCaller, AsSystem asSystem) {
		this.caseFiles = caseFiles;
		this.taskService = taskService;
		this.historyService = historyService;
		this.apiCaller = apiCaller;
		this.asSystem = asSystem;
	}

	@GetMapping("/participants/{id}/case-file")
	@Operation(operationId = "caseFile", summary = "A participant's case file", description = """
			Who the person is, where they stand, the team, service model and cadence, releases, the \
			latest assessment, the plan, handoffs, an open crisis and a timeline. Assessment \
			answers, plan goals and crisis notes only for the participant's case manager (or who \
			covers them), clinicians and supervisors; substance-use information (42 CFR Part 2) \
			only for the case manager and clinicians. `withheld` names what was left out. Every \
			read is written to the audit log.""")
	@ApiResponse(responseCode = "200", description = "The case file, as far as the caller may read it.")
	@ApiResponse(responseCode = "404", description = "No such participant.")
	@CalledBy("staff, program-admins")
	CaseFile caseFile(@PathVariable long id) {
		return this.caseFiles.caseFile(id, reader());
	}

	/**
	 * The case file of the participant (or the referral) a task is about, if the caller
	 * may see the task; 404 for a task about nobody in particular.
	 */
	@GetMapping("/tasks/{taskId}/case-file")
	@Operation(operationId = "caseFileOfTask", summary = "The case file of a task's participant", description = """
			The case file of the participant, or of the referral being screened, that a Tasklist \
			task is about, if the caller may see the task; read as `GET /api/participants/{id}/case-file`.""")
	@ApiResponse(responseCode = "200", description = "The case file, as far as the caller may read it.")
	@ApiResponse(responseCode = "404",
			description = "No such task that the caller may see, or a task about nobody in particular.")
	@CalledBy("staff, program-admins")
	CaseFile caseFileOfTask(@PathVariable String taskId) {
		CaseFileReader reader = reader();
		Task task = this.taskService.createTaskQuery().taskId(taskId).singleResult();
		if (task == null) {
			throw new NotFoundException("No task " + taskId + " that you may see");
		}
		Object participantId = this.taskService.getVariable(taskId, ProcessIds.PARTICIPANT_ID.name());
		if (participantId instanceof Number participant) {
			return this.caseFiles.caseFile(participant.longValue(), reader);
		}
		Object referralId = this.taskService.getVariable(taskId, ProcessIds.REFERRAL_ID.name());
		if (referralId instanceof Number referral) {
			return this.caseFiles.referralFile(referral.longValue(), reader);
		}
		throw new NotFoundException("The task \"" + task.getName() + "\" is not about a participant");
	}

	/**
	 * What a screening the caller sent decided (Tasklist shows it once the form is sent);
	 * supervisors may ask after anyone's.
	 */
	@GetMapping("/tasks/{taskId}/screening-outcome")
	@Operation(operationId = "screeningOutcome", summary = "What a finished screening decided", description = """
			The referral's short name and status, the decision as the referrer reads it and, once \
			taken in, case number, case manager and intake deadline (Tasklist shows it once the \
			screening form is sent). Audited.""")
	@ApiResponse(responseCode = "200", description = "The outcome.")
	@ApiResponse(responseCode = "403",
			description = "Someone else's screening, for a caller who does not oversee the program; or a login outside staff and program-admins.")
	@ApiResponse(responseCode = "404", description = "No finished screening with that task id.")
	@CalledBy("the screener of that (finished) screening, supervisors, program-admins")
	ScreeningOutcome screeningOutcome(@PathVariable String taskId) {
		Authentication caller = this.apiCaller.requireOneOf(ProgramGroup.staffAndAdmins());
		HistoricTaskInstance screening = this.asSystem.call(() -> this.historyService.createHistoricTaskInstanceQuery()
			.taskId(taskId)
			.taskDefinitionKey(TasklistFilters.SCREEN_REFERRAL_TASK)
			.finished()
			.singleResult());
		if (screening == null) {
			throw new NotFoundException("No finished screening " + taskId);
		}
		if (!caller.getUserId().equals(screening.getAssignee())
				&& !ApiCaller.belongsToAny(caller, ProgramGroup.oversight())) {
			throw new NotPermittedException("Only the screener and supervisors see what a screening decided");
		}
		Object referralId = this.asSystem.call(() -> this.historyService.createHistoricVariableInstanceQuery()
			.processInstanceId(screening.getProcessInstanceId())
			.variableName(ProcessIds.REFERRAL_ID.name())
			.list()
			.stream()
			.map(variable -> variable.getValue())
			.filter(Number.class::isInstance)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("The screening " + taskId + " names no referral")));
		return this.caseFiles.screeningOutcome(((Number) referralId).longValue(), caller.getUserId());
	}

	/** The caller's caseload as people, their own and those they cover today. */
	@GetMapping("/my-participants")
	@Operation(operationId = "myParticipants", summary = "My caseload, as people", description = """
			The caller's participants and those of colleagues they cover today, most in need first \
			(an open crisis, contact overdue, in the wind longest, intake due soonest, then the next \
			contact due): case number, name, status in words, open crisis, next contact due and \
			whether overdue, when last seen (a contact, an outreach attempt that found them or a \
			sighting), in the wind since, intake due.""")
	@ApiResponse(responseCode = "200", description = "The caseload, most in need first.")
	@CalledBy("case-managers")
	List<CaseloadRow> myParticipants() {
		Authentication caller = this.apiCaller.requireOneOf(Set.of(ProgramGroup.CASE_MANAGERS));
		return this.caseFiles.caseloadOf(this.caseFiles.caseloadsWorkedBy(caller.getUserId()));
	}

	/** Any case manager's caseload as people, for those who oversee the program. */
	@GetMapping("/caseloads/{caseManagerId}")
	@Operation(operationId = "caseloadOf", summary = "A case manager's caseload, as people",
			description = "Any case manager's caseload, as `GET /api/my-participants` gives one's own.")
	@ApiResponse(responseCode = "200",
			description = "The caseload, most in need first (empty for a login without one).")
	@CalledBy("supervisors, program-admins")
	List<CaseloadRow> caseload(@PathVariable String caseManagerId) {
		this.apiCaller.requireOneOf(ProgramGroup.oversight());
		return this.caseFiles.caseloadOf(List.of(caseManagerId));
	}

	private CaseFileReader reader() {
		Authentication caller = this.apiCaller.requireOneOf(ProgramGroup.staffAndAdmins());
		return new CaseFileReader(caller.getUserId(), Set.copyOf(caller.getGroupIds()));
	}

}
