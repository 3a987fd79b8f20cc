package org.waypoint.crisis;

import io.swagger.v3.oas.annotations.media.Schema;

/** What happened (source 003: relapse and crisis are responded to promptly). */
@Schema(enumAsRef = true,
		description = """
				What happened: `MENTAL_HEALTH_CRISIS`, `RELAPSE` and `OVERDOSE` (substance-use information, 42 CFR Part 2),
				`ARREST` (justice partners hear of it where a release allows), `HOSPITALIZATION`, `EVICTION`, `VICTIMIZATION`.""")
public enum CrisisKind {

	MENTAL_HEALTH_CRISIS, RELAPSE, OVERDOSE, ARREST, HOSPITALIZATION, EVICTION, VICTIMIZATION;

	/** An arrest or new charges: justice partners hear of it where a release allows. */
	public boolean involvesTheJusticeSystem() {
		return this == ARREST;
	}

	/** Substance-use information under 42 CFR Part 2 when shared. */
	public boolean isSubstanceUseInformation() {
		return this == RELAPSE || this == OVERDOSE;
	}

}
