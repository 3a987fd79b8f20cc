package org.waypoint.casefile;

import java.util.Set;

import org.waypoint.platform.access.ProgramGroup;

/**
 * Who reads a case file: their login and the program groups they are in.
 */
public record CaseFileReader(String userId, Set<String> groups) {

	/**
	 * Assessment answers and notes, the plan's goals and crisis descriptions: for the
	 * participant's own case manager (or the colleague covering them), clinicians and
	 * supervisors; not for outreach, peers, other case managers or program admins.
	 */
	boolean seesClinicalDetail(String caseManagerId, String coveredBy) {
		return worksTheCase(caseManagerId, coveredBy) || this.groups.contains(ProgramGroup.CLINICIANS.id())
				|| this.groups.contains(ProgramGroup.SUPERVISORS.id());
	}

	/**
	 * Substance-use information (42 CFR Part 2): only those treating or coordinating it,
	 * the participant's case manager (or their cover) and clinicians.
	 */
	boolean seesSubstanceUse(String caseManagerId, String coveredBy) {
		return worksTheCase(caseManagerId, coveredBy)
				|| ProgramGroup.toldOfSubstanceUse().stream().map(ProgramGroup::id).anyMatch(this.groups::contains);
	}

	private boolean worksTheCase(String caseManagerId, String coveredBy) {
		return this.userId.equals(caseManagerId) || this.userId.equals(coveredBy);
	}

}
