package org.waypoint.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.waypoint.assessment.Levels.Impairment;
import org.waypoint.assessment.Levels.SubstanceUseSeverity;

/**
 * The licensed clinician's part: the functional impact of illness, substance-use
 * severity, serious mental illness, and recent stays in jail or hospital.
 */
public record ClinicalAssessment(@NotNull(message = "impairmentWork is required") Impairment work,
		@NotNull(message = "impairmentAppointments is required") Impairment appointments,
		@NotNull(message = "impairmentMedication is required") Impairment medication,
		@NotNull(message = "substanceUseSeverity is required") SubstanceUseSeverity substanceUseSeverity,
		@NotNull(message = "seriousMentalIllness is required (yes or no)") Boolean seriousMentalIllness,
		@NotNull(message = "jailStays is required") @Min(0) @Max(365) Integer jailStays,
		@NotNull(message = "hospitalStays is required") @Min(0) @Max(365) Integer hospitalStays,
		@Size(max = 2000) String note) {

	/** The worst of the three functional impairments. */
	public Impairment functionalImpairment() {
		Impairment worst = this.work;
		for (Impairment other : new Impairment[] { this.appointments, this.medication }) {
			if (other.compareTo(worst) > 0) {
				worst = other;
			}
		}
		return worst;
	}

}
