package org.waypoint.caseplan;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Validator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waypoint.participant.ParticipantService;
import org.waypoint.platform.InvalidInputException;

/**
 * The individual case plan of source 003: goals per assessed domain, each tied to the
 * risk factor or need it addresses, reviewed by a supervisor, versioned.
 */
@Service
public class CasePlanService {

	private final CasePlanRepository plans;

	private final ParticipantService participants;

	private final Validator validator;

	private final Clock clock;

	CasePlanService(CasePlanRepository plans, ParticipantService participants, Validator validator, Clock clock) {
		this.plans = plans;
		this.participants = participants;
		this.validator = validator;
		this.clock = clock;
	}

	/** A new version of the plan, for a supervisor to review. */
	@Transactional
	public CasePlan submit(long participantId, List<NewGoal> goals, String draftedBy) {
		List<String> problems = new ArrayList<>();
		if (goals.isEmpty()) {
			problems.add("goals: a plan needs at least one goal");
		}
		for (int row = 0; row < goals.size(); row++) {
			String prefix = "goal " + (row + 1) + ": ";
			this.validator.validate(goals.get(row))
				.forEach(violation -> problems.add(prefix + InvalidInputException.describe(violation)));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("The case plan was not submitted", problems);
		}
		this.participants.get(participantId);
		int version = this.plans.findFirstByParticipantIdOrderByVersionDesc(participantId)
			.map(latest -> latest.getVersion() + 1)
			.orElse(1);
		return this.plans.save(new CasePlan(participantId, version, goals, draftedBy, this.clock.instant()));
	}

	/**
	 * The supervisor approves: this version is the plan in force, the previous one
	 * retires.
	 */
	@Transactional
	public CasePlan approve(long planId, String reviewer, String comment) {
		CasePlan plan = plan(planId);
		current(plan.getParticipantId()).ifPresent(CasePlan::supersede);
		plan.review(PlanStatus.APPROVED, reviewer, comment, this.clock.instant());
		return plan;
	}

	/** The supervisor sends the plan back; the comment says what to change. */
	@Transactional
	public CasePlan returnForRevision(long planId, String reviewer, String comment) {
		if (comment == null || comment.isBlank()) {
			throw new InvalidInputException("The case plan was not returned",
					List.of("reviewComment is required: tell the case manager what to change"));
		}
		CasePlan plan = plan(planId);
		plan.review(PlanStatus.RETURNED, reviewer, comment.strip(), this.clock.instant());
		return plan;
	}

	/** At a review the case manager marks goals met or dropped (by position). */
	@Transactional
	public CasePlan updateGoals(long planId, Map<Integer, GoalStatus> statuses) {
		CasePlan plan = plan(planId);
		plan.getGoals()
			.stream()
			.filter(goal -> statuses.containsKey(goal.getPosition()))
			.forEach(goal -> goal.setStatus(statuses.get(goal.getPosition())));
		return plan;
	}

	@Transactional(readOnly = true)
	public CasePlan plan(long planId) {
		return this.plans.findById(planId).orElseThrow(() -> new IllegalArgumentException("No case plan " + planId));
	}

	/** The approved plan in force. */
	@Transactional(readOnly = true)
	public Optional<CasePlan> current(long participantId) {
		return this.plans.findFirstByParticipantIdAndStatusOrderByVersionDesc(participantId, PlanStatus.APPROVED);
	}

	/** The newest version, whatever its status: the one a draft starts from. */
	@Transactional(readOnly = true)
	public Optional<CasePlan> latest(long participantId) {
		return this.plans.findFirstByParticipantIdOrderByVersionDesc(participantId);
	}

	@Transactional(readOnly = true)
	public List<CasePlan> versions(long participantId) {
		return this.plans.findByParticipantIdOrderByVersionAsc(participantId);
	}

}
