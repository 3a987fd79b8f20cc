package org.waypoint.casefile.web;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
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
import org.waypoint.platform.NotFoundException;
import org.waypoint.platform.ProcessIds;
import org.waypoint.platform.access.ApiCaller;
import org.waypoint.platform.access.ProgramGroup;

/**
 * The case file and the caseloads for the screens inside Tasklist (and for any staff
 * client): by participant, by the task a worker has open, and as people rather than
 * tasks.
 */
@RestController
@RequestMapping("/api")
class CaseFileController {

	private final CaseFileService caseFiles;

	private final TaskService taskService;

	private final ApiCaller apiCaller;

	CaseFileController(CaseFileService caseFiles, TaskService taskService, ApiCaller apiCaller) {
		this.caseFiles = caseFiles;
		this.taskService = taskService;
		this.apiCaller = apiCaller;
	}

	@GetMapping("/participants/{id}/case-file")
	CaseFile caseFile(@PathVariable long id) {
		return this.caseFiles.caseFile(id, reader());
	}

	/**
	 * The case file of the participant (or the referral) a task is about, if the caller
	 * may see the task; 404 for a task about nobody in particular.
	 */
	@GetMapping("/tasks/{taskId}/case-file")
	CaseFile caseFileOfTask(@PathVariable String taskId) {
		CaseFileReader reader = reader();
		Task task = this.taskService.createTaskQuery().taskId(taskId).singleResult();
		if (task == null) {
			throw new NotFoundException("No task " + taskId + " that you may see");
		}
		Object participantId = this.taskService.getVariable(taskId, ProcessIds.PARTICIPANT_ID);
		if (participantId instanceof Number participant) {
			return this.caseFiles.caseFile(participant.longValue(), reader);
		}
		Object referralId = this.taskService.getVariable(taskId, ProcessIds.REFERRAL_ID);
		if (referralId instanceof Number referral) {
			return this.caseFiles.referralFile(referral.longValue(), reader);
		}
		throw new NotFoundException("The task \"" + task.getName() + "\" is not about a participant");
	}

	/** The caller's caseload as people, their own and those they cover today. */
	@GetMapping("/my-participants")
	List<CaseloadRow> myParticipants() {
		Authentication caller = this.apiCaller.requireOneOf(Set.of(ProgramGroup.CASE_MANAGERS));
		return this.caseFiles.caseloadOf(this.caseFiles.caseloadsWorkedBy(caller.getUserId()));
	}

	/** Any case manager's caseload as people, for those who oversee the program. */
	@GetMapping("/caseloads/{caseManagerId}")
	List<CaseloadRow> caseload(@PathVariable String caseManagerId) {
		this.apiCaller.requireOneOf(ProgramGroup.oversight());
		return this.caseFiles.caseloadOf(List.of(caseManagerId));
	}

	private CaseFileReader reader() {
		Authentication caller = this.apiCaller.requireOneOf(ProgramGroup.staffAndAdmins());
		return new CaseFileReader(caller.getUserId(), Set.copyOf(caller.getGroupIds()));
	}

}
