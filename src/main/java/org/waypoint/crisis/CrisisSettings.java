package org.waypoint.crisis;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The site's crisis settings ({@code waypoint.crisis.*}).
 *
 * @param responseTime how soon the case manager responds before the supervisors take over
 * @param followUpWithin when an unresolved crisis is looked at again
 */
@ConfigurationProperties("waypoint.crisis")
public record CrisisSettings(Duration responseTime, Duration followUpWithin) {

	public CrisisSettings {
		if (responseTime == null || responseTime.isNegative() || responseTime.isZero() || followUpWithin == null
				|| followUpWithin.isNegative() || followUpWithin.isZero()) {
			throw new IllegalArgumentException(
					"waypoint.crisis.response-time and follow-up-within must be positive durations such as PT4H");
		}
	}

}
