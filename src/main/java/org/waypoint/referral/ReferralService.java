package org.waypoint.referral;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;

import jakarta.validation.Validator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.waypoint.platform.InvalidInputException;

@Service
public class ReferralService {

	private final ReferralRepository referrals;

	private final Validator validator;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final MeterRegistry meters;

	private final ActiveParticipants activeParticipants;

	ReferralService(ReferralRepository referrals, Validator validator, Clock clock, ApplicationEventPublisher events,
			MeterRegistry meters, ActiveParticipants activeParticipants) {
		this.referrals = referrals;
		this.activeParticipants = activeParticipants;
		this.validator = validator;
		this.clock = clock;
		this.events = events;
		this.meters = meters;
	}

	/**
	 * What a submission did: a new referral, or the one the same partner reference
	 * already names.
	 */
	public record Submission(Referral referral, boolean created) {
	}

	/**
	 * Takes a referral and announces it ({@link ReferralReceived}) in the same
	 * transaction. A partner who repeats a submission under the same reference gets the
	 * first referral back; the same reference for another person is refused.
	 */
	@Transactional
	public Submission submit(NewReferral request, String submittedBy) {
		List<String> problems = this.validator.validate(request)
			.stream()
			.map(InvalidInputException::describe)
			.sorted(Comparator.naturalOrder())
			.toList();
		if (request.door() == Door.PROGRAM_RETURN) {
			problems = List.of("door PROGRAM_RETURN is made by the program itself, from post-discharge follow-up");
		}
		if (!problems.isEmpty()) {
			throw new InvalidReferralException(problems);
		}
		if (request.partnerReference() != null) {
			Optional<Referral> earlier = this.referrals.findBySubmittedByAndPartnerReference(submittedBy,
					request.partnerReference());
			if (earlier.isPresent()) {
				if (!earlier.get().describes(request)) {
					throw new InvalidReferralException(List.of("partnerReference " + request.partnerReference()
							+ " already names referral " + earlier.get().caseNumber() + " for another person"));
				}
				return new Submission(earlier.get(), false);
			}
		}
		return new Submission(take(request, submittedBy, activeParticipantMatching(request)), true);
	}

	/**
	 * A former participant in crisis during follow-up comes back: a referral of the
	 * program's own, screened and decided like any other, as a priority referral.
	 */
	@Transactional
	public Referral submitReturn(String firstName, String lastName, LocalDate dateOfBirth, String externalId,
			String reason, String submittedBy) {
		NewReferral request = new NewReferral(Door.PROGRAM_RETURN, null, firstName, lastName, dateOfBirth, externalId,
				"Waypoint follow-up", submittedBy, reason, null);
		return take(request, submittedBy, null);
	}

	/** Stores the referral and announces it ({@link ReferralReceived}). */
	private Referral take(NewReferral request, String submittedBy, Referral possibleMatch) {
		Referral referral = this.referrals
			.save(new Referral(request, submittedBy, this.clock.instant(), possibleMatch));
		this.events.publishEvent(new ReferralReceived(referral.getId(), referral.caseNumber(), referral.shortName(),
				referral.getDoor(), referral.getPossibleMatch().map(Referral::caseNumber).orElse(null)));
		return referral;
	}

	/**
	 * The referral of an enrolled participant the new referral may describe again: the
	 * same external id, or the same name and date of birth. Staff confirm the match at
	 * screening; nothing is merged here.
	 */
	private Referral activeParticipantMatching(NewReferral request) {
		return this.activeParticipants.enrolledUnder(request).flatMap(this.referrals::findById).orElse(null);
	}

	@Transactional(readOnly = true)
	public Optional<Referral> find(long referralId) {
		return this.referrals.findById(referralId);
	}

	/** Where and when these referrals came in, by id, in one query. */
	@Transactional(readOnly = true)
	public Map<Long, ReferralOrigin> originsOf(Collection<Long> referralIds) {
		return this.referrals.originsOf(referralIds)
			.stream()
			.collect(Collectors.toMap(ReferralOrigin::referralId, Function.identity()));
	}

	/** Closes the referral with its outcome and the reason the referrer will read. */
	@Transactional
	public Referral close(long referralId, ReferralStatus outcome, String reason) {
		Referral referral = this.referrals.findById(referralId)
			.orElseThrow(() -> new IllegalArgumentException("No referral " + referralId));
		referral.close(outcome, reason, this.clock.instant());
		countOnceCommitted(referral);
		return referral;
	}

	/**
	 * Tells the referrer what became of an accepted referral (intake overdue, enrolled,
	 * ended).
	 */
	@Transactional
	public Referral advance(long referralId, ReferralStatus next, String reason) {
		Referral referral = this.referrals.findById(referralId)
			.orElseThrow(() -> new IllegalArgumentException("No referral " + referralId));
		referral.advance(next, reason);
		return referral;
	}

	/** Referrals received and waiting for screening. */
	@Transactional(readOnly = true)
	public long waitingForScreening() {
		return this.referrals.countByStatus(ReferralStatus.RECEIVED);
	}

	/**
	 * Referrals decided since the given moment, by decision (accepted ones stay accepted
	 * whatever followed), for the capacity report.
	 */
	@Transactional(readOnly = true)
	public Map<ReferralStatus, Long> closedSince(Instant since) {
		Map<ReferralStatus, Long> counts = new EnumMap<>(ReferralStatus.class);
		this.referrals.findByClosedAtAfter(since)
			.forEach(closed -> counts.merge(closed.getStatus().decision(), 1L, Long::sum));
		return counts;
	}

	/**
	 * waypoint.caseload.referrals{door, decision}: counted when the decision is
	 * committed, not before.
	 */
	private void countOnceCommitted(Referral referral) {
		Runnable count = () -> this.meters
			.counter("waypoint.caseload.referrals", "door", referral.getDoor().name(), "decision",
					referral.getStatus().name())
			.increment();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					count.run();
				}
			});
		}
		else {
			count.run();
		}
	}

}
