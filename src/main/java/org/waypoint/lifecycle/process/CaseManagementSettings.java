package org.waypoint.lifecycle.process;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The site's case-management settings ({@code waypoint.case-management.*}).
 *
 * @param reassessmentInterval how long after an assessment the next one is due
 * @param probationUpdateCycle when probation updates are prepared (a Camunda timer cycle:
 * cron or ISO 8601 repeating interval), for participants with a probation release
 */
@ConfigurationProperties("waypoint.case-management")
public record CaseManagementSettings(Duration reassessmentInterval, String probationUpdateCycle) {

	public CaseManagementSettings {
		if (reassessmentInterval == null || reassessmentInterval.isNegative() || reassessmentInterval.isZero()) {
			throw new IllegalArgumentException(
					"waypoint.case-management.reassessment-interval must be a positive duration such as P90D");
		}
		if (probationUpdateCycle == null || probationUpdateCycle.isBlank()) {
			throw new IllegalArgumentException(
					"waypoint.case-management.probation-update-cycle must be a timer cycle such as 0 0 9 1 * ?");
		}
	}

}
