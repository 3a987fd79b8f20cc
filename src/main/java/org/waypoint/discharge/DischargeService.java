package org.waypoint.discharge;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waypoint.handoff.Handoff;
import org.waypoint.handoff.HandoffService;
import org.waypoint.handoff.HandoffTerms.Origin;
import org.waypoint.handoff.ServiceType;
import org.waypoint.participant.EnrollmentEnd;
import org.waypoint.participant.ParticipantService;
import org.waypoint.platform.InvalidInputException;

/**
 * Step-down and discharge (source 003): a planned discharge to less intensive services,
 * approved by a supervisor, each new service reached by a warm handoff.
 */
@Service
public class DischargeService {

	private final StepDownReviewRepository reviews;

	private final DischargePlanRepository plans;

	private final ParticipantService participants;

	private final HandoffService handoffService;

	private final Clock clock;

	DischargeService(StepDownReviewRepository reviews, DischargePlanRepository plans, ParticipantService participants,
			HandoffService handoffService, Clock clock) {
		this.reviews = reviews;
		this.plans = plans;
		this.participants = participants;
		this.handoffService = handoffService;
		this.clock = clock;
	}

	/**
	 * A supervisor approves the proposed step-down, or returns it with a reason.
	 * @param proposedAt when the step-down was raised (not when it was reviewed)
	 */
	@Transactional
	public StepDownReview reviewStepDown(long participantId, String proposedBy, Instant proposedAt, boolean approved,
			String comment, String reviewer) {
		if (!approved && (comment == null || comment.isBlank())) {
			throw new InvalidInputException("The step-down review was not recorded",
					List.of("stepDownComment is required to return it: say why not yet"));
		}
		this.participants.get(participantId);
		return this.reviews.save(new StepDownReview(participantId, proposedBy, proposedAt, approved,
				(comment != null) ? comment.strip() : null, reviewer, this.clock.instant()));
	}

	/** The participant's step-down reviews, oldest first. */
	@Transactional(readOnly = true)
	public List<StepDownReview> stepDownReviewsOf(long participantId) {
		return this.reviews.findByParticipantIdOrderByIdAsc(participantId);
	}

	/** A less intensive service the participant moves to, by warm handoff. */
	public record NextService(ServiceType serviceType, String providerName) {
	}

	/**
	 * The discharge plan, and a warm handoff to each service the participant moves to.
	 * @return the handoffs opened
	 */
	@Transactional
	public List<Handoff> planDischarge(long participantId, EnrollmentEnd reason, String keeps,
			List<NextService> services, String plannedBy) {
		if (reason == null || !reason.isDischarge()) {
			throw new InvalidInputException("The discharge plan was not recorded",
					List.of("dischargeReason must be STEP_DOWN, PROGRAM_COMPLETION or COURT_COMPLETION"));
		}
		if (keeps != null && keeps.length() > 2000) {
			throw new InvalidInputException("The discharge plan was not recorded",
					List.of("keeps must be at most 2000 characters"));
		}
		this.participants.get(participantId);
		this.plans.save(new DischargePlan(participantId, reason, keeps, plannedBy, this.clock.instant()));
		return services.stream()
			.map(service -> this.handoffService.open(participantId, service.serviceType(), Origin.DISCHARGE, null,
					service.providerName(), plannedBy))
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<DischargePlan> latestPlan(long participantId) {
		List<DischargePlan> all = this.plans.findByParticipantIdOrderByIdAsc(participantId);
		return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
	}

}
