package org.waypoint.consent;

import io.swagger.v3.oas.annotations.media.Schema;

/** What a release lets the program share. */
@Schema(enumAsRef = true,
		description = """
				What a release lets the program share: `PARTICIPATION` (enrolled, in touch, completed, left), `TREATMENT_PROGRESS`,
				`DRUG_TEST_RESULTS` (substance-use information by nature), `CRISIS_EVENTS`,
				`SUBSTANCE_USE` (42 CFR Part 2: shared only with a party whose release names it).""")
public enum DisclosureScope {

	/** Attendance and participation: enrolled, in touch, completed, left. */
	PARTICIPATION(false),

	TREATMENT_PROGRESS(false),

	/** Drug-test results: substance-use information by nature. */
	DRUG_TEST_RESULTS(true),

	CRISIS_EVENTS(false),

	/**
	 * Substance-use information under 42 CFR Part 2: shared only with a party whose
	 * release names it explicitly.
	 */
	SUBSTANCE_USE(true);

	private final boolean substanceUseInformation;

	DisclosureScope(boolean substanceUseInformation) {
		this.substanceUseInformation = substanceUseInformation;
	}

	/** Information that 42 CFR Part 2 protects. */
	public boolean isSubstanceUseInformation() {
		return this.substanceUseInformation;
	}

}
