package org.waypoint.capacity.process;

import static org.waypoint.capacity.process.CaseloadHandoverProcess.Variables.CASELOAD_STILL_HELD;
import static org.waypoint.capacity.process.CaseloadHandoverProcess.Variables.CASELOAD_TO_MOVE;
import static org.waypoint.capacity.process.CaseloadHandoverProcess.Variables.CASE_MANAGER_OPTIONS;
import static org.waypoint.capacity.process.CaseloadHandoverProcess.Variables.HANDOVER_PROBLEMS;
import static org.waypoint.capacity.process.CaseloadHandoverProcess.Variables.LEAST_LOADED;
import static org.waypoint.capacity.process.CaseloadHandoverProcess.Variables.LEAVING_CASE_MANAGER;
import static org.waypoint.capacity.process.CaseloadHandoverProcess.Variables.MOVE_TO;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.waypoint.capacity.AdmissionPolicy;
import org.waypoint.capacity.CapacityService;
import org.waypoint.capacity.CaseManager;
import org.waypoint.capacity.CaseloadAssignment;
import org.waypoint.capacity.NoRoomException;
import org.waypoint.platform.forms.FormFields;
import org.waypoint.referral.ReferralService;

/**
 * The supervisor's task when a case manager left: who is still on the caseload, and a
 * colleague (or whoever has room) for them; each move is judged by the admission table.
 */
@Component("caseloadHandoverSteps")
public class CaseloadHandoverSteps {

	private final CapacityService capacityService;

	private final ReferralService referralService;

	private final AdmissionPolicy admissionPolicy;

	CaseloadHandoverSteps(CapacityService capacityService, ReferralService referralService,
			AdmissionPolicy admissionPolicy) {
		this.capacityService = capacityService;
		this.referralService = referralService;
		this.admissionPolicy = admissionPolicy;
	}

	/** Task listener (create): the participants still held, the colleagues. */
	public void show(DelegateTask task) {
		String leaving = (String) task.getVariable(LEAVING_CASE_MANAGER);
		List<String> lines = this.capacityService.heldBy(leaving).stream().map(slot -> "- " + label(slot)).toList();
		task.setVariableLocal(CASELOAD_TO_MOVE, String.join("\n", lines));
		List<Map<String, String>> options = new ArrayList<>();
		options.add(option("Whoever has room, least loaded first", LEAST_LOADED));
		for (CaseManager colleague : this.capacityService.staff()) {
			options.add(option(colleague.getUserId() + " (limit " + colleague.ownLimit(this.capacityService.cap())
					+ ((colleague.getAwayFrom() != null)
							? ", away " + colleague.getAwayFrom() + " to " + colleague.getAwayUntil() : "")
					+ ")", colleague.getUserId()));
		}
		task.setVariableLocal(CASE_MANAGER_OPTIONS, FormFields.json(options));
	}

	/**
	 * Moves each participant still held to the chosen colleague (or whoever has room);
	 * those nobody has room for stay, with the reason, for the supervisor's next try.
	 */
	public void move(DelegateExecution execution) {
		FormFields form = FormFields.of(execution, "The caseload was not moved");
		String moveTo = form.text(MOVE_TO);
		if (moveTo == null) {
			throw form.refused(MOVE_TO + " is required: a colleague, or whoever has room");
		}
		String leaving = (String) execution.getVariable(LEAVING_CASE_MANAGER);
		List<String> problems = new ArrayList<>();
		for (CaseloadAssignment slot : this.capacityService.heldBy(leaving)) {
			try {
				if (LEAST_LOADED.equals(moveTo)) {
					this.capacityService.reassignToLeastLoaded(slot.getEnrollmentId(), this.admissionPolicy);
				}
				else {
					this.capacityService.reassign(slot.getEnrollmentId(), moveTo, this.admissionPolicy);
				}
			}
			catch (NoRoomException ex) {
				problems.add("- " + label(slot) + ": " + ex.getMessage());
			}
		}
		form.remove(List.of(MOVE_TO));
		execution.setVariable(CASELOAD_STILL_HELD, !this.capacityService.heldBy(leaving).isEmpty());
		execution.setVariable(HANDOVER_PROBLEMS,
				problems.isEmpty() ? "" : "Not moved last time:\n" + String.join("\n", problems));
	}

	private String label(CaseloadAssignment slot) {
		return this.referralService.find(slot.getReferralId())
			.map(referral -> referral.caseNumber() + " " + referral.shortName())
			.orElse("referral " + slot.getReferralId());
	}

	private static Map<String, String> option(String label, String value) {
		Map<String, String> option = new LinkedHashMap<>();
		option.put("label", label);
		option.put("value", value);
		return option;
	}

}
