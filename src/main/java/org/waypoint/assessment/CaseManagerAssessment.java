package org.waypoint.assessment;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.waypoint.assessment.Levels.NeedLevel;
import org.waypoint.assessment.Levels.RiskLevel;
import org.waypoint.assessment.Levels.RiskMethod;

/**
 * The case manager's part: criminogenic risk, psychosocial needs, responsivity.
 *
 * @param centralEight ratings 0 (none), 1 (some), 2 (high) of history, antisocial
 * attitudes, associates, personality pattern, family/marital, school/work,
 * leisure/recreation, substance use, in that order; empty with a site tool
 */
public record CaseManagerAssessment(@NotNull(message = "riskMethod is required") RiskMethod riskMethod,
		List<@NotNull @Min(0) @Max(2) Integer> centralEight, @Size(max = 100) String siteToolName,
		@Size(max = 40) String siteToolScore, @NotNull(message = "riskLevel is required") RiskLevel riskLevel,
		@NotNull(message = "housing need is required") NeedLevel housing,
		@NotNull(message = "income need is required") NeedLevel income,
		@NotNull(message = "healthInsurance need is required") NeedLevel healthInsurance,
		@NotNull(message = "meaningfulActivity need is required") NeedLevel meaningfulActivity,
		@NotNull(message = "transportation need is required") NeedLevel transportation,
		@NotNull(message = "familyStress need is required") NeedLevel familyStress,
		@NotNull(message = "education need is required") NeedLevel education, @Size(max = 100) String language,
		boolean literacySupport, boolean traumaInformed, @Size(max = 500) String cognitiveNeeds,
		@Size(max = 500) String preferredTimesAndPlaces, @Size(max = 2000) String note) {

	public static final int CENTRAL_EIGHT = 8;

	/** What the chosen risk method requires, as problems to fix. */
	public List<String> riskProblems() {
		List<String> problems = new ArrayList<>();
		if (this.riskMethod == RiskMethod.CENTRAL_EIGHT
				&& (this.centralEight == null || this.centralEight.size() != CENTRAL_EIGHT)) {
			problems.add("centralEight needs a rating (0, 1 or 2) for each of the 8 risk factors");
		}
		if (this.riskMethod == RiskMethod.SITE_TOOL && (isBlank(this.siteToolName) || isBlank(this.siteToolScore))) {
			problems.add("siteToolName and siteToolScore are required with the site's own tool");
		}
		return problems;
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
