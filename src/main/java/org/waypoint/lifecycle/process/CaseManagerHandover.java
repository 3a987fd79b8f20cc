package org.waypoint.lifecycle.process;

import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.Variables.CASE_MANAGER;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.Variables.REFERRAL_ID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.waypoint.capacity.CaseloadReassigned;
import org.waypoint.participant.ParticipantService;
import org.waypoint.platform.access.AsSystem;

/**
 * When a supervisor moves a participant to another case manager, everything follows in
 * the same transaction: the participant record, the case manager the processes assign to,
 * and the open tasks of the former case manager.
 */
@Component
class CaseManagerHandover {

	private final ParticipantService participantService;

	private final RuntimeService runtimeService;

	private final TaskService taskService;

	private final AsSystem asSystem;

	CaseManagerHandover(ParticipantService participantService, RuntimeService runtimeService, TaskService taskService,
			AsSystem asSystem) {
		this.participantService = participantService;
		this.runtimeService = runtimeService;
		this.taskService = taskService;
		this.asSystem = asSystem;
	}

	@EventListener
	void on(CaseloadReassigned handover) {
		this.participantService.enrollmentOfReferral(handover.referralId())
			.ifPresent(enrollment -> this.participantService.assignCaseManager(enrollment.getParticipantId(),
					handover.toCaseManager()));
		this.asSystem.run(() -> {
			for (ProcessInstance instance : this.runtimeService.createProcessInstanceQuery()
				.variableValueEquals(REFERRAL_ID, handover.referralId())
				.list()) {
				this.runtimeService.setVariable(instance.getId(), CASE_MANAGER, handover.toCaseManager());
				this.taskService.createTaskQuery()
					.processInstanceId(instance.getId())
					.taskAssignee(handover.fromCaseManager())
					.list()
					.forEach(task -> this.taskService.setAssignee(task.getId(), handover.toCaseManager()));
			}
		});
	}

}
