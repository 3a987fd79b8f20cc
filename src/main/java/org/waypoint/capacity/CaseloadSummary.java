package org.waypoint.capacity;

import java.util.List;

/**
 * The program's caseloads at a glance, for supervisors and the capacity review.
 *
 * @param caseloads each active case manager's caseload, least loaded first
 * @param average participants per active case manager (0 when none is active)
 * @param highest the largest single caseload (0 when none is active)
 */
public record CaseloadSummary(List<Caseload> caseloads, double average, long highest) {

	static CaseloadSummary of(List<Caseload> caseloads) {
		long participants = caseloads.stream().mapToLong(Caseload::participants).sum();
		double average = caseloads.isEmpty() ? 0 : participants / (double) caseloads.size();
		long highest = caseloads.stream().mapToLong(Caseload::participants).max().orElse(0);
		return new CaseloadSummary(List.copyOf(caseloads), average, highest);
	}

	public int activeCaseManagers() {
		return this.caseloads.size();
	}

}
