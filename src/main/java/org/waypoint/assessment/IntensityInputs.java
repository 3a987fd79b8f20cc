package org.waypoint.assessment;

import org.waypoint.assessment.Levels.Impairment;
import org.waypoint.assessment.Levels.RiskLevel;
import org.waypoint.assessment.Levels.SubstanceUseSeverity;

/** What the service-intensity policy reads: risk level by need profile. */
public record IntensityInputs(RiskLevel riskLevel, boolean seriousMentalIllness,
		SubstanceUseSeverity substanceUseSeverity, Impairment functionalImpairment, int recentJailOrHospitalStays) {

	/** The same answers but for substance use. */
	public IntensityInputs withSubstanceUse(SubstanceUseSeverity severity) {
		return new IntensityInputs(this.riskLevel, this.seriousMentalIllness, severity, this.functionalImpairment,
				this.recentJailOrHospitalStays);
	}

}
