package org.waypoint.caseplan.process;

import static org.waypoint.caseplan.process.CasePlanProcess.Variables.APPROVED_PLAN_ID;
import static org.waypoint.caseplan.process.CasePlanProcess.Variables.FORM_DETAIL;
import static org.waypoint.caseplan.process.CasePlanProcess.Variables.GOALS;
import static org.waypoint.caseplan.process.CasePlanProcess.Variables.PLAN_APPROVED;
import static org.waypoint.caseplan.process.CasePlanProcess.Variables.PLAN_DECISION;
import static org.waypoint.caseplan.process.CasePlanProcess.Variables.PLAN_ID;
import static org.waypoint.caseplan.process.CasePlanProcess.Variables.PLAN_PURPOSE;
import static org.waypoint.caseplan.process.CasePlanProcess.Variables.PLAN_REVIEW;
import static org.waypoint.caseplan.process.CasePlanProcess.Variables.PLAN_VERSION;
import static org.waypoint.caseplan.process.CasePlanProcess.Variables.REVIEW_COMMENT;
import static org.waypoint.caseplan.process.CasePlanProcess.Variables.STEP_DOWN_CANDIDATE;
import static org.waypoint.caseplan.process.CasePlanProcess.Variables.STEP_DOWN_PROPOSED;
import static org.waypoint.caseplan.process.CasePlanProcess.Variables.STEP_DOWN_SUGGESTED;
import static org.waypoint.platform.ProcessIds.PARTICIPANT_ID;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.waypoint.caseplan.CasePlan;
import org.waypoint.caseplan.CasePlanGoal;
import org.waypoint.caseplan.CasePlanService;
import org.waypoint.caseplan.GoalStatus;
import org.waypoint.caseplan.NewGoal;
import org.waypoint.caseplan.PlanDomain;
import org.waypoint.caseplan.PlanStatus;
import org.waypoint.handoff.ServiceType;
import org.waypoint.platform.Words;
import org.waypoint.platform.access.Actors;
import org.waypoint.platform.forms.FormFields;

/**
 * The case-plan forms and their filing. Each form shows the plan from the plan table as
 * task-local variables (gone with the task, never in history); completing it files the
 * plan in the table and leaves only routing facts in the process.
 */
@Component("casePlanSteps")
public class CasePlanSteps {

	/** The case manager's choices at a plan review. */
	enum PlanDecision {

		KEEP, REVISE, STEP_DOWN

	}

	private final CasePlanService casePlanService;

	CasePlanSteps(CasePlanService casePlanService) {
		this.casePlanService = casePlanService;
	}

	/** Task listener (create): the latest version to start from, and what was asked. */
	public void showDraft(DelegateTask task) {
		this.casePlanService.latest(participantId(task)).ifPresent(latest -> {
			showGoals(task, latest);
			if (latest.getStatus() == PlanStatus.RETURNED) {
				task.setVariableLocal(REVIEW_COMMENT, latest.getReviewComment());
			}
		});
	}

	/** Task listener (complete): the draft becomes the next version, for review. */
	public void submitDraft(DelegateTask task) {
		FormFields form = FormFields.ofTask(task, "The case plan was not submitted");
		List<NewGoal> goals = new ArrayList<>();
		for (Map<String, Object> row : form.rows(GOALS)) {
			goals.add(goal(form, row));
		}
		CasePlan plan = this.casePlanService.submit(participantId(task), goals, Actors.current(task));
		form.remove(FORM_DETAIL);
		task.getExecution().setVariable(PLAN_ID, plan.getId());
		task.getExecution().setVariable(PLAN_VERSION, plan.getVersion());
	}

	/** Task listener (create): the submitted version, for the supervisor. */
	public void showForApproval(DelegateTask task) {
		showGoals(task, this.casePlanService.plan(planId(task)));
	}

	/** Task listener (complete): approved, or returned with what to change. */
	public void fileApproval(DelegateTask task) {
		FormFields form = FormFields.ofTask(task, "The case plan review was not recorded");
		String review = form.text(PLAN_REVIEW);
		if (!"APPROVE".equals(review) && !"RETURN".equals(review)) {
			throw form.refused(PLAN_REVIEW + " must be APPROVE or RETURN");
		}
		String comment = form.text(REVIEW_COMMENT);
		if ("APPROVE".equals(review)) {
			this.casePlanService.approve(planId(task), Actors.current(task), comment);
			task.getExecution().setVariable(APPROVED_PLAN_ID, planId(task));
		}
		else {
			this.casePlanService.returnForRevision(planId(task), Actors.current(task), comment);
		}
		form.remove(FORM_DETAIL);
		task.getExecution().setVariable(PLAN_APPROVED, "APPROVE".equals(review));
	}

	/**
	 * Task listener (create): the plan in force with its goals' progress; the product
	 * suggests step-down when the reassessment shows lower need.
	 */
	public void showForReview(DelegateTask task) {
		CasePlan current = this.casePlanService.current(participantId(task))
			.orElseThrow(() -> new IllegalStateException("Participant " + participantId(task) + " has no plan"));
		showGoals(task, current);
		task.setVariableLocal(STEP_DOWN_SUGGESTED, Boolean.TRUE.equals(task.getVariable(STEP_DOWN_CANDIDATE))
				&& !"CRISIS_REVIEW".equals(task.getVariable(PLAN_PURPOSE)));
	}

	/** Task listener (complete): goals' progress, and what the review decided. */
	public void fileReview(DelegateTask task) {
		FormFields form = FormFields.ofTask(task, "The plan review was not recorded");
		PlanDecision decision = form.choice(PLAN_DECISION, PlanDecision.class);
		if (decision == null) {
			throw form.refused(PLAN_DECISION + " is required: keep, revise or propose step-down");
		}
		if (decision == PlanDecision.STEP_DOWN && "CRISIS_REVIEW".equals(task.getVariable(PLAN_PURPOSE))) {
			throw form.refused("step-down is not proposed from a crisis review");
		}
		CasePlan current = this.casePlanService.current(participantId(task)).orElseThrow();
		Map<Integer, GoalStatus> progress = new HashMap<>();
		for (Map<String, Object> row : form.rows(GOALS)) {
			if (row.get("position") instanceof Number position && row.get("status") != null) {
				progress.put(position.intValue(), form.enumValue("status", row.get("status"), GoalStatus.class));
			}
		}
		this.casePlanService.updateGoals(current.getId(), progress);
		form.remove(FORM_DETAIL);
		task.getExecution().setVariable(STEP_DOWN_PROPOSED, decision == PlanDecision.STEP_DOWN);
	}

	private static void showGoals(DelegateTask task, CasePlan plan) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (CasePlanGoal goal : plan.getGoals()) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("position", goal.getPosition());
			row.put("domain", goal.getDomain().name());
			row.put("addresses", goal.getAddresses());
			row.put("goal", goal.getGoal());
			row.put("actions", goal.getActions());
			row.put("responsible", goal.getResponsible());
			row.put("targetDate", goal.getTargetDate().toString());
			row.put("status", goal.getStatus().name());
			row.put("handoffTo", (goal.getHandoffTo() != null) ? goal.getHandoffTo().name() : null);
			// as the approval's table shows them
			row.put("domainWords", Words.of(goal.getDomain()));
			row.put("targetDateWords", Words.of(goal.getTargetDate()));
			row.put("handoffToWords", Words.of(goal.getHandoffTo()));
			rows.add(row);
		}
		// the draft form shows a goal's group when the one before asked for another
		rows.subList(0, Math.max(rows.size() - 1, 0)).forEach(row -> row.put("more", true));
		task.setVariableLocal(GOALS, FormFields.json(rows));
		task.setVariableLocal(PLAN_VERSION, plan.getVersion());
	}

	private static NewGoal goal(FormFields form, Map<String, Object> row) {
		return new NewGoal(form.enumValue("domain", row.get("domain"), PlanDomain.class), text(row, "addresses"),
				text(row, "goal"), text(row, "actions"), text(row, "responsible"),
				form.dateValue("targetDate", row.get("targetDate")),
				form.enumValue("status", row.get("status"), GoalStatus.class),
				form.enumValue("handoffTo", row.get("handoffTo"), ServiceType.class));
	}

	private static String text(Map<String, Object> row, String key) {
		Object value = row.get(key);
		return (value == null) ? null : value.toString();
	}

	private static long participantId(DelegateTask task) {
		return PARTICIPANT_ID.from(task);
	}

	private static long planId(DelegateTask task) {
		return (Long) task.getVariable(PLAN_ID);
	}

}
