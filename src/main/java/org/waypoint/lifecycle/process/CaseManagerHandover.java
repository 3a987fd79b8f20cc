package org.waypoint.lifecycle.process;

import static org.waypoint.platform.ProcessIds.CASE_MANAGER;
import static org.waypoint.platform.ProcessIds.PARTICIPANT_ID;
import static org.waypoint.platform.ProcessIds.REFERRAL_ID;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.waypoint.capacity.CaseloadReassigned;
import org.waypoint.participant.ParticipantService;
import org.waypoint.platform.access.AsSystem;
import org.waypoint.platform.tasklist.DepartedStaffWork;

/**
 * When a supervisor moves a participant to another case manager, everything follows in
 * the same transaction: the participant record, the case manager the processes assign to,
 * and the former case manager's open tasks in every process of the participant
 * (assessments, plans, handoffs, searches, renewals), not only those that carry the
 * referral, and those offered to the supervisors when the former case manager left.
 */
@Component
class CaseManagerHandover {

	private final ParticipantService participantService;

	private final RuntimeService runtimeService;

	private final DepartedStaffWork departedStaffWork;

	private final AsSystem asSystem;

	CaseManagerHandover(ParticipantService participantService, RuntimeService runtimeService,
			DepartedStaffWork departedStaffWork, AsSystem asSystem) {
		this.participantService = participantService;
		this.runtimeService = runtimeService;
		this.departedStaffWork = departedStaffWork;
		this.asSystem = asSystem;
	}

	@EventListener
	void on(CaseloadReassigned handover) {
		Long participantId = this.participantService.enrollmentOfReferral(handover.referralId()).map(enrollment -> {
			this.participantService.assignCaseManager(enrollment.getParticipantId(), handover.toCaseManager());
			return enrollment.getParticipantId();
		}).orElse(null);
		this.asSystem.run(() -> {
			for (String instance : processesOf(participantId, handover.referralId())) {
				if (this.runtimeService.getVariable(instance, CASE_MANAGER.name()) != null) {
					this.runtimeService.setVariable(instance, CASE_MANAGER.name(), handover.toCaseManager());
				}
				this.departedStaffWork.openTasksOf(instance, handover.fromCaseManager())
					.forEach(task -> this.departedStaffWork.handTo(task, handover.toCaseManager()));
			}
		});
	}

	/**
	 * The running processes that carry the referral or the participant, and every process
	 * they called.
	 */
	private List<String> processesOf(Long participantId, long referralId) {
		Set<String> instances = new LinkedHashSet<>();
		this.runtimeService.createProcessInstanceQuery()
			.variableValueEquals(REFERRAL_ID.name(), referralId)
			.list()
			.forEach(instance -> instances.add(instance.getId()));
		if (participantId != null) {
			this.runtimeService.createProcessInstanceQuery()
				.variableValueEquals(PARTICIPANT_ID.name(), participantId)
				.list()
				.forEach(instance -> instances.add(instance.getId()));
		}
		List<String> tree = new ArrayList<>(instances);
		for (int next = 0; next < tree.size(); next++) {
			for (ProcessInstance called : this.runtimeService.createProcessInstanceQuery()
				.superProcessInstanceId(tree.get(next))
				.list()) {
				if (instances.add(called.getId())) {
					tree.add(called.getId());
				}
			}
		}
		return tree;
	}

}
