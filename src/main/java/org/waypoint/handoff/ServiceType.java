package org.waypoint.handoff;

import io.swagger.v3.oas.annotations.media.Schema;

/** The kinds of provider a participant is handed to (source 003). */
@Schema(enumAsRef = true, description = """
		The kind of provider a participant is handed to: `MENTAL_HEALTH`, `SUBSTANCE_USE_TREATMENT`, `HOUSING`,
		`BENEFITS_INCOME`, `HEALTH_CARE`, `PEER_RUN_ORGANIZATION`, `EDUCATION_EMPLOYMENT`.""")
public enum ServiceType {

	MENTAL_HEALTH, SUBSTANCE_USE_TREATMENT, HOUSING, BENEFITS_INCOME, HEALTH_CARE, PEER_RUN_ORGANIZATION,
	EDUCATION_EMPLOYMENT;

	/** A handoff to it is substance-use information under 42 CFR Part 2. */
	public boolean isSubstanceUseInformation() {
		return this == SUBSTANCE_USE_TREATMENT;
	}

}
