package org.waypoint.capacity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waypoint.platform.InvalidInputException;
import org.waypoint.referral.Door;
import org.waypoint.referral.ReferralService;

/**
 * When the caseloads will reach the program's numbers if the last weeks go on: referrals
 * accepted per week against stays ended per week, from the capacity decisions and the
 * caseload slots themselves. As staffed, and with one case manager more or fewer.
 */
@Service
public class CapacityForecasts {

	static final int MOST_WEEKS = 104;

	/**
	 * A release and a slot taken this close together are one move between caseloads (a
	 * reassignment takes both in one transaction).
	 */
	private static final Duration ONE_MOVE = Duration.ofMinutes(1);

	private final CapacityService capacityService;

	private final CapacityDecisionRepository decisions;

	private final CaseloadRepository caseloads;

	private final ReferralService referralService;

	private final Clock clock;

	CapacityForecasts(CapacityService capacityService, CapacityDecisionRepository decisions,
			CaseloadRepository caseloads, ReferralService referralService, Clock clock) {
		this.capacityService = capacityService;
		this.decisions = decisions;
		this.caseloads = caseloads;
		this.referralService = referralService;
		this.clock = clock;
	}

	/** Capacity decisions of one door per week over the weeks looked back on. */
	public record DoorRate(Door door, double decidedPerWeek, double acceptedPerWeek) {
	}

	/**
	 * One staffing, carried forward week by week.
	 *
	 * @param caseManagerChange 0 as staffed, +1 one more full-time case manager, -1 one
	 * fewer (the least loaded leaves and their participants go to the others)
	 * @param caseManagers how many there would be; with none, nothing else is forecast
	 * @param averageByWeek the average per full-time equivalent now (week 0) and at the
	 * end of each week ahead
	 * @param weeksToPacing the first week the average is at the pacing threshold or
	 * above; empty if not within the weeks ahead
	 * @param firstAtOwnLimit who reaches their own limit first, with referrals going to
	 * the least loaded who has room as admission sends them
	 */
	public record Scenario(int caseManagerChange, int caseManagers, double fullTimeEquivalents,
			List<Double> averageByWeek, Integer weeksToPacing, Integer weeksToAverageLimit,
			Integer weeksToFirstAtOwnLimit, String firstAtOwnLimit) {
	}

	public record CapacityForecast(Instant from, Instant until, int weeksLookedBack, int weeksAhead,
			CaseloadStandards standards, int participantsNow, double acceptedPerWeek, double endedPerWeek,
			Double averageStayDays, List<DoorRate> byDoor, List<Scenario> scenarios) {
	}

	@Transactional(readOnly = true)
	public CapacityForecast forecast(int weeksLookedBack, int weeksAhead) {
		if (weeksLookedBack < 1 || weeksLookedBack > MOST_WEEKS || weeksAhead < 1 || weeksAhead > MOST_WEEKS) {
			throw new InvalidInputException("No forecast was made", List.of("weeks looked back and ahead must be"
					+ " between 1 and " + MOST_WEEKS + ", not " + weeksLookedBack + " and " + weeksAhead));
		}
		Instant until = this.clock.instant();
		Instant from = until.minus(Duration.ofDays(7L * weeksLookedBack));
		List<CapacityDecision> decided = this.decisions.findByDecidedAtGreaterThanEqualAndDecidedAtLessThan(from,
				until);
		Map<Long, Door> doors = new HashMap<>();
		this.referralService.originsOf(decided.stream().map(CapacityDecision::getReferralId).toList())
			.forEach((referralId, origin) -> doors.put(referralId, origin.door()));
		Map<Door, int[]> perDoor = new EnumMap<>(Door.class);
		decided.forEach(decision -> {
			int[] counts = perDoor.computeIfAbsent(doors.get(decision.getReferralId()), door -> new int[2]);
			counts[0]++;
			counts[1] += decision.isAccepted() ? 1 : 0;
		});
		List<DoorRate> byDoor = perDoor.entrySet()
			.stream()
			.map(door -> new DoorRate(door.getKey(), door.getValue()[0] / (double) weeksLookedBack,
					door.getValue()[1] / (double) weeksLookedBack))
			.toList();
		List<Stay> ended = staysEnded(from, until);
		double acceptedPerWeek = decided.stream().filter(CapacityDecision::isAccepted).count()
				/ (double) weeksLookedBack;
		double endedPerWeek = ended.size() / (double) weeksLookedBack;
		OptionalDouble stay = ended.stream().mapToDouble(Stay::days).average();

		CaseloadStandards standards = this.capacityService.standards();
		List<Load> staff = this.capacityService.staffCaseloads()
			.stream()
			.map(line -> new Load(line.caseManagerId(), (int) line.participants(), line.ownLimit()))
			.sorted(Load.LEAST_LOADED)
			.toList();
		int participants = staff.stream().mapToInt(Load::participants).sum();
		double netPerWeek = acceptedPerWeek - endedPerWeek;
		List<Scenario> scenarios = List.of(-1, 0, 1)
			.stream()
			.map(change -> scenario(change, staff, standards, participants, netPerWeek, weeksAhead))
			.toList();
		return new CapacityForecast(from, until, weeksLookedBack, weeksAhead, standards, participants, acceptedPerWeek,
				endedPerWeek, stay.isPresent() ? stay.getAsDouble() : null, byDoor, scenarios);
	}

	/**
	 * A participant's time on the caseloads, over the slots that followed one another
	 * without a gap (moves between caseloads); a return after a gap starts a new stay.
	 */
	private record Stay(Instant began, Instant ended) {

		double days() {
			return Duration.between(this.began, this.ended).toHours() / 24.0;
		}

	}

	/**
	 * The stays that ended in [from, until): a released slot that no later slot of the
	 * participant follows (a move to another caseload, or a return, is not an end).
	 */
	private List<Stay> staysEnded(Instant from, Instant until) {
		List<CaseloadAssignment> released = this.caseloads.findByReleasedAtGreaterThanEqualAndReleasedAtLessThan(from,
				until);
		if (released.isEmpty()) {
			return List.of();
		}
		Map<Long, List<CaseloadAssignment>> slotsOf = this.caseloads
			.findByReferralIdIn(released.stream().map(CaseloadAssignment::getReferralId).distinct().toList())
			.stream()
			.collect(Collectors.groupingBy(CaseloadAssignment::getReferralId));
		return released.stream()
			.filter(slot -> slotsOf.get(slot.getReferralId())
				.stream()
				.noneMatch(other -> !other.getId().equals(slot.getId())
						&& !other.getAssignedAt().isBefore(slot.getReleasedAt())))
			.map(slot -> new Stay(beganWithoutGap(slot, slotsOf.get(slot.getReferralId())), slot.getReleasedAt()))
			.toList();
	}

	/**
	 * When the run of slots ending in this one began: each taken as the one before ended.
	 */
	private static Instant beganWithoutGap(CaseloadAssignment last, List<CaseloadAssignment> slots) {
		Instant began = last.getAssignedAt();
		for (Optional<CaseloadAssignment> before = movedFrom(began, slots); before
			.isPresent(); before = movedFrom(began, slots)) {
			began = before.get().getAssignedAt();
		}
		return began;
	}

	/** The slot released as one taken at that moment began: a move between caseloads. */
	private static Optional<CaseloadAssignment> movedFrom(Instant taken, List<CaseloadAssignment> slots) {
		return slots.stream()
			.filter(slot -> slot.getReleasedAt() != null && slot.getAssignedAt().isBefore(taken)
					&& Duration.between(slot.getReleasedAt(), taken).abs().compareTo(ONE_MOVE) <= 0)
			.findFirst();
	}

	private static Scenario scenario(int change, List<Load> now, CaseloadStandards standards, int participants,
			double netPerWeek, int weeksAhead) {
		List<Load> staff = new ArrayList<>(now);
		if (change > 0) {
			staff.add(new Load("one more case manager", 0, standards.cap()));
		}
		else if (change < 0 && !staff.isEmpty()) {
			Load leaving = staff.remove(0);
			addToLeastLoaded(staff, leaving.participants());
		}
		if (staff.isEmpty()) {
			return new Scenario(change, 0, 0, List.of(), null, null, null, null);
		}
		double fullTimeEquivalents = staff.stream().mapToDouble(load -> load.limit() / (double) standards.cap()).sum();
		List<Double> averages = IntStream.rangeClosed(0, weeksAhead)
			.mapToObj(week -> Math.max(0, participants + netPerWeek * week) / fullTimeEquivalents)
			.toList();
		Integer firstWeek = null;
		for (int week = 0; week <= weeksAhead; week++) {
			if (week > 0) {
				addToLeastLoaded(staff, arrivals(netPerWeek, week) - arrivals(netPerWeek, week - 1));
			}
			if (staff.stream().anyMatch(Load::atOwnLimit)) {
				firstWeek = week;
				break;
			}
		}
		String first = (firstWeek == null) ? null
				: staff.stream().filter(Load::atOwnLimit).map(Load::caseManagerId).findFirst().orElseThrow();
		return new Scenario(change, staff.size(), fullTimeEquivalents, averages,
				firstWeekAtOrAbove(averages, standards.pacingThreshold()),
				firstWeekAtOrAbove(averages, standards.averageLimit()), firstWeek, first);
	}

	/**
	 * Participants arrived net (accepted less stays ended) by the end of that week, whole
	 * people only; none when stays end as fast as referrals are accepted.
	 */
	private static int arrivals(double netPerWeek, int week) {
		return (netPerWeek > 0) ? (int) Math.floor(netPerWeek * week + 1e-9) : 0;
	}

	/**
	 * Each one to the least loaded who has room, as admission assigns them; when nobody
	 * has room the rest wait outside (admission declines them).
	 */
	private static void addToLeastLoaded(List<Load> staff, int participants) {
		for (int next = 0; next < participants; next++) {
			staff.stream()
				.filter(load -> load.participants() < load.limit())
				.min(Load.LEAST_LOADED)
				.ifPresent(load -> staff.set(staff.indexOf(load), load.plusOne()));
		}
	}

	private static Integer firstWeekAtOrAbove(List<Double> averages, int threshold) {
		for (int week = 0; week < averages.size(); week++) {
			if (averages.get(week) >= threshold) {
				return week;
			}
		}
		return null;
	}

	private record Load(String caseManagerId, int participants, int limit) {

		static final Comparator<Load> LEAST_LOADED = Comparator.comparingInt(Load::participants)
			.thenComparing(Load::caseManagerId);

		boolean atOwnLimit() {
			return this.participants >= this.limit;
		}

		Load plusOne() {
			return new Load(this.caseManagerId, this.participants + 1, this.limit);
		}

	}

}
