package org.waypoint.program;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waypoint.capacity.CapacityDecision;
import org.waypoint.capacity.CapacityService;
import org.waypoint.crisis.Crisis;
import org.waypoint.crisis.CrisisService;
import org.waypoint.discharge.FollowUpService;
import org.waypoint.discharge.SettledCheckIn;
import org.waypoint.engagement.ContactService;
import org.waypoint.engagement.ContactTally;
import org.waypoint.engagement.IntakeService;
import org.waypoint.handoff.Handoff;
import org.waypoint.handoff.HandoffService;
import org.waypoint.handoff.HandoffTerms.Outcome;
import org.waypoint.participant.Enrollment;
import org.waypoint.participant.ParticipantService;
import org.waypoint.platform.InvalidInputException;
import org.waypoint.platform.Words;
import org.waypoint.program.Fidelity.Contacts;
import org.waypoint.program.Fidelity.IntakeTiming;
import org.waypoint.program.Fidelity.Month;
import org.waypoint.program.Fidelity.Share;
import org.waypoint.referral.Door;
import org.waypoint.referral.ReferralOrigin;
import org.waypoint.referral.ReferralService;

/**
 * The fidelity and outcome figures of source 000 and 003, month by month (UTC months),
 * counted from the features' records: intakes, contacts, warm handoffs, follow-up
 * check-ins, crises and capacity decisions.
 */
@Service
public class FidelityReport {

	/** The longest period asked for at once. */
	static final int MONTHS_AT_MOST = 24;

	private final ParticipantService participants;

	private final ReferralService referrals;

	private final IntakeService intakes;

	private final ContactService contacts;

	private final HandoffService handoffs;

	private final FollowUpService followUps;

	private final CrisisService crises;

	private final CapacityService capacity;

	private final Clock clock;

	FidelityReport(ParticipantService participants, ReferralService referrals, IntakeService intakes,
			ContactService contacts, HandoffService handoffs, FollowUpService followUps, CrisisService crises,
			CapacityService capacity, Clock clock) {
		this.participants = participants;
		this.referrals = referrals;
		this.intakes = intakes;
		this.contacts = contacts;
		this.handoffs = handoffs;
		this.followUps = followUps;
		this.crises = crises;
		this.capacity = capacity;
		this.clock = clock;
	}

	/**
	 * @param caseManager only this case manager's participants (their case manager now),
	 * or null for the whole program
	 */
	@Transactional(readOnly = true)
	public Fidelity report(YearMonth from, YearMonth to, String caseManager) {
		if (to.isBefore(from) || from.plusMonths(MONTHS_AT_MOST - 1).isBefore(to)) {
			throw new InvalidInputException("The fidelity report was not made",
					List.of("from must not be after to, and the period at most " + MONTHS_AT_MOST + " months"));
		}
		Cases cases = new Cases(caseManager);
		List<Month> months = new ArrayList<>();
		for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
			months.add(month(month, cases));
		}
		return new Fidelity(from, to, caseManager, months);
	}

	private Month month(YearMonth month, Cases cases) {
		Instant start = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		Instant end = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		List<CapacityDecision> decisions = this.capacity.decisionsBetween(start, end);
		return new Month(month, intakeByDoor(start, end, cases), contacts(start, end, cases),
				handoffsEngaged(start, end, cases), followUpsReached(start, end, cases),
				crisesAnsweredInTime(start, end, cases), DecisionsByDoor.of(decisions, this.referrals),
				decisions.stream().anyMatch(decision -> decision.isAccepted() && decision.isOverAverage()));
	}

	private List<IntakeTiming> intakeByDoor(Instant start, Instant end, Cases cases) {
		List<Enrollment> takenIn = this.participants.intakesBetween(start, end)
			.stream()
			.filter(enrollment -> cases.counts(enrollment.getParticipantId()))
			.toList();
		Map<Long, ReferralOrigin> referrals = this.referrals
			.originsOf(takenIn.stream().map(Enrollment::getReferralId).collect(Collectors.toSet()));
		Map<String, List<Enrollment>> byDoor = new TreeMap<>();
		takenIn.forEach(
				enrollment -> byDoor.computeIfAbsent(enrollment.getDoor(), any -> new ArrayList<>()).add(enrollment));
		List<IntakeTiming> timings = new ArrayList<>();
		byDoor.forEach((door, enrollments) -> {
			List<Double> days = enrollments.stream()
				.map(enrollment -> daysFromReferral(referrals.get(enrollment.getReferralId()), enrollment))
				.sorted()
				.toList();
			List<Enrollment> withinWindow = enrollments.stream()
				.filter(enrollment -> !enrollment.getIntakeCompletedAt()
					.isAfter(this.intakes.intakeDue(Door.valueOf(door), enrollment.getEnrolledAt())))
				.toList();
			timings
				.add(new IntakeTiming(Words.of(door), enrollments.size(), median(days), nearestRank(days, 0.9), share(
						withinWindow.size(), enrollments.stream().map(Enrollment::getParticipantId).toList(), cases)));
		});
		return timings;
	}

	private static double daysFromReferral(ReferralOrigin referral, Enrollment enrollment) {
		return rounded(Duration.between(referral.receivedAt(), enrollment.getIntakeCompletedAt()).toMinutes() / 1440.0,
				1);
	}

	private Contacts contacts(Instant start, Instant end, Cases cases) {
		Set<Long> enrolled = this.participants.enrolledBetween(start, end)
			.stream()
			.filter(cases::counts)
			.collect(Collectors.toSet());
		List<ContactTally> tallies = this.contacts.talliesBetween(start, end)
			.stream()
			.filter(tally -> enrolled.contains(tally.participantId()))
			.toList();
		long withParticipants = tallies.stream().mapToLong(ContactTally::contacts).sum();
		Instant until = this.clock.instant().isBefore(end) ? this.clock.instant() : end;
		double weeks = Math.max(Duration.between(start, until).toMinutes(), 0) / (7 * 1440.0);
		double perWeek = (enrolled.isEmpty() || weeks == 0) ? 0
				: rounded(withParticipants / (double) enrolled.size() / weeks, 2);
		long inField = tallies.stream().mapToLong(ContactTally::inField).sum();
		return new Contacts(enrolled.size(), (int) withParticipants, perWeek, share((int) inField,
				(int) withParticipants, tallies.stream().map(ContactTally::participantId).toList(), cases));
	}

	private Share handoffsEngaged(Instant start, Instant end, Cases cases) {
		List<Handoff> warm = this.handoffs.closedBetween(start, end)
			.stream()
			.filter(handoff -> handoff.getOutcome() != Outcome.PHONE_REFERRAL_ONLY)
			.filter(handoff -> cases.counts(handoff.getParticipantId()))
			.toList();
		int engaged = (int) warm.stream().filter(handoff -> handoff.getOutcome() == Outcome.ENGAGED).count();
		return share(engaged, warm.stream().map(Handoff::getParticipantId).toList(), cases);
	}

	private Map<Integer, Share> followUpsReached(Instant start, Instant end, Cases cases) {
		Map<Integer, List<SettledCheckIn>> byDay = new TreeMap<>();
		this.followUps.checkInDays().forEach(day -> byDay.put(day, new ArrayList<>()));
		this.followUps.checkInsSettledBetween(start, end)
			.stream()
			.filter(checkIn -> cases.counts(checkIn.participantId()))
			.forEach(checkIn -> byDay.computeIfAbsent(checkIn.day(), any -> new ArrayList<>()).add(checkIn));
		Map<Integer, Share> reached = new TreeMap<>();
		byDay.forEach((day, checkIns) -> reached.put(day,
				share((int) checkIns.stream().filter(SettledCheckIn::reached).count(),
						checkIns.stream().map(SettledCheckIn::participantId).toList(), cases)));
		return reached;
	}

	private Share crisesAnsweredInTime(Instant start, Instant end, Cases cases) {
		List<Crisis> reported = this.crises.reportedBetween(start, end)
			.stream()
			.filter(crisis -> cases.counts(crisis.getParticipantId()))
			.toList();
		int inTime = (int) reported.stream()
			.filter(crisis -> crisis.getRespondedAt() != null && this.crises.answeredInTime(crisis))
			.count();
		return share(inTime, reported.stream().map(Crisis::getParticipantId).toList(), cases);
	}

	/** {@code count} of the items behind {@code participantIds} (one per item). */
	private static Share share(int count, Collection<Long> participantIds, Cases cases) {
		return share(count, participantIds.size(), participantIds, cases);
	}

	/** {@code count} of {@code of} items, those of {@code participantIds}. */
	private static Share share(int count, int of, Collection<Long> participantIds, Cases cases) {
		return new Share(count, of, (of == 0) ? null : rounded(count / (double) of, 3),
				participantIds.stream().distinct().map(cases::caseNumberOf).sorted().toList());
	}

	static double median(List<Double> sorted) {
		if (sorted.isEmpty()) {
			return 0;
		}
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle)
				: rounded((sorted.get(middle - 1) + sorted.get(middle)) / 2, 1);
	}

	/** The smallest value with at least this share of the values at or below it. */
	static double nearestRank(List<Double> sorted, double percentile) {
		return sorted.isEmpty() ? 0 : sorted.get((int) Math.ceil(percentile * sorted.size()) - 1);
	}

	private static double rounded(double value, int places) {
		double scale = Math.pow(10, places);
		return Math.round(value * scale) / scale;
	}

	/**
	 * Which participants count, and their case numbers: read once for the whole report,
	 * however many participants it covers.
	 */
	private final class Cases {

		/** Null for the whole program. */
		private final Set<Long> held;

		private final Map<Long, String> caseNumbers;

		Cases(String caseManager) {
			this.held = (caseManager != null) ? FidelityReport.this.participants.heldBy(caseManager) : null;
			this.caseNumbers = FidelityReport.this.participants.caseNumbers();
		}

		boolean counts(long participantId) {
			return this.held == null || this.held.contains(participantId);
		}

		String caseNumberOf(long participantId) {
			return this.caseNumbers.get(participantId);
		}

	}

}
