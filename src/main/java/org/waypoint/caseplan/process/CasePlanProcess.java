package org.waypoint.caseplan.process;

import java.util.List;

/** Declaration of processes/case-plan.bpmn: its key, element ids and variables. */
public final class CasePlanProcess {

	public static final String KEY = "case-plan";

	public static final String TASK_DRAFT_CASE_PLAN = "Task_DraftCasePlan";

	public static final String TASK_APPROVE_CASE_PLAN = "Task_ApproveCasePlan";

	public static final String TASK_REVIEW_CASE_PLAN = "Task_ReviewCasePlan";

	public static final String END_PLAN_APPROVED = "EndEvent_PlanApproved";

	public static final String END_PLAN_KEPT = "EndEvent_PlanKept";

	public static final String END_STEP_DOWN_PROPOSED = "EndEvent_StepDownProposed";

	public static final class Variables {

		/**
		 * INITIAL (draft one), REVIEW (after a reassessment), CRISIS_REVIEW (after a
		 * crisis).
		 */
		public static final String PLAN_PURPOSE = "planPurpose";

		/** From the assessment: lower need, a candidate for step-down. */
		public static final String STEP_DOWN_CANDIDATE = "stepDownCandidate";

		public static final String PLAN_ID = "planId";

		public static final String PLAN_APPROVED = "planApproved";

		/**
		 * The plan approved in this round, if one was: the handoffs its goals ask for are
		 * opened from the plan itself, so the services stay out of the engine.
		 */
		public static final String APPROVED_PLAN_ID = "approvedPlanId";

		/** Form review-case-plan: KEEP, REVISE or STEP_DOWN. */
		public static final String PLAN_DECISION = "planDecision";

		public static final String STEP_DOWN_PROPOSED = "stepDownProposed";

		/** Shown and edited on the forms; task-local, never recorded in history. */
		public static final String GOALS = "goals";

		public static final String REVIEW_COMMENT = "reviewComment";

		public static final String PLAN_VERSION = "planVersion";

		public static final String STEP_DOWN_SUGGESTED = "stepDownSuggested";

		/** Form approve-case-plan: APPROVE or RETURN. */
		public static final String PLAN_REVIEW = "planReview";

		public static final List<String> FORM_DETAIL = List.of(GOALS, REVIEW_COMMENT);

		private Variables() {
		}

	}

	private CasePlanProcess() {
	}

}
