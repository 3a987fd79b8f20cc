package org.waypoint.consent;

import io.swagger.v3.oas.annotations.media.Schema;

/** Who a release of information lets the program share with. */
@Schema(enumAsRef = true,
		description = """
				Who a release lets the program share with: `PROBATION`, `COURT_PROSECUTOR_LIAISON`, `REFERRING_AGENCY`,
				`MENTAL_HEALTH_PROVIDER`, `SUBSTANCE_USE_PROVIDER`, `HOUSING_PROVIDER`, `HEALTH_CARE_PROVIDER`, `BENEFITS_AGENCY`,
				`EDUCATION_EMPLOYMENT`, `PEER_ORGANIZATION`, `FAMILY`, `OTHER`.""")
public enum ReleaseParty {

	PROBATION, COURT_PROSECUTOR_LIAISON, REFERRING_AGENCY, MENTAL_HEALTH_PROVIDER, SUBSTANCE_USE_PROVIDER,
	HOUSING_PROVIDER, HEALTH_CARE_PROVIDER, BENEFITS_AGENCY, EDUCATION_EMPLOYMENT, PEER_ORGANIZATION, FAMILY, OTHER;

	/** A release naming it tells of substance-use treatment (42 CFR Part 2). */
	public boolean isSubstanceUseInformation() {
		return this == SUBSTANCE_USE_PROVIDER;
	}

}
