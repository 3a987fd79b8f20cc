package org.waypoint.capacity;

import java.util.List;
import java.util.Map;

/**
 * The program's caseloads at a glance, for supervisors and the capacity review.
 *
 * @param caseloads each active case manager's caseload, least loaded first
 * @param average participants per full-time equivalent: each case manager counts as their
 * own limit's share of the cap, as in the admission table (0 when none is active)
 * @param highest the largest single caseload (0 when none is active)
 * @param highestIntensive the most participants in intensive service models one active
 * case manager holds (0 when none)
 */
public record CaseloadSummary(List<Caseload> caseloads, double average, long highest, long highestIntensive) {

	static CaseloadSummary of(List<Caseload> caseloads, Map<String, Long> intensiveByCaseManager,
			double fullTimeEquivalents) {
		long participants = caseloads.stream().mapToLong(Caseload::participants).sum();
		double average = (fullTimeEquivalents == 0) ? 0 : participants / fullTimeEquivalents;
		long highest = caseloads.stream().mapToLong(Caseload::participants).max().orElse(0);
		long highestIntensive = caseloads.stream()
			.mapToLong(caseload -> intensiveByCaseManager.getOrDefault(caseload.caseManagerId(), 0L))
			.max()
			.orElse(0);
		return new CaseloadSummary(List.copyOf(caseloads), average, highest, highestIntensive);
	}

	public int activeCaseManagers() {
		return this.caseloads.size();
	}

}
