package org.waypoint.program;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.waypoint.capacity.CapacityDecision;
import org.waypoint.platform.Words;
import org.waypoint.program.CaseloadsNow.DoorDecisions;
import org.waypoint.referral.ReferralOrigin;
import org.waypoint.referral.ReferralService;

/** Capacity decisions counted by the door their referrals came through. */
final class DecisionsByDoor {

	private DecisionsByDoor() {
	}

	static List<DoorDecisions> of(List<CapacityDecision> decisions, ReferralService referrals) {
		Map<Long, ReferralOrigin> referred = referrals
			.originsOf(decisions.stream().map(CapacityDecision::getReferralId).collect(Collectors.toSet()));
		Map<String, List<CapacityDecision>> byDoor = new TreeMap<>();
		for (CapacityDecision decision : decisions) {
			String door = Optional.ofNullable(referred.get(decision.getReferralId()))
				.map(referral -> Words.of(referral.door()))
				.orElse("Unknown");
			byDoor.computeIfAbsent(door, any -> new ArrayList<>()).add(decision);
		}
		List<DoorDecisions> doors = new ArrayList<>();
		byDoor.forEach((door, decided) -> {
			Map<String, Long> reasons = new TreeMap<>();
			decided.stream()
				.filter(Predicate.not(CapacityDecision::isAccepted))
				.forEach(declined -> reasons.merge(declined.getReason(), 1L, Long::sum));
			long accepted = decided.stream().filter(CapacityDecision::isAccepted).count();
			doors.add(new DoorDecisions(door, accepted, decided.size() - accepted, reasons));
		});
		return doors;
	}

}
