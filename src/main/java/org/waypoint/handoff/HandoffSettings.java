package org.waypoint.handoff;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The site's warm-handoff settings ({@code waypoint.handoff.*}).
 *
 * @param confirmAfter how long after the visit engagement is confirmed with the provider
 * @param appointmentsAllowed appointments (the first and its reschedules) before a
 * handoff closes as not engaged
 */
@ConfigurationProperties("waypoint.handoff")
public record HandoffSettings(Duration confirmAfter, int appointmentsAllowed) {

	public HandoffSettings {
		if (confirmAfter == null || confirmAfter.isNegative() || confirmAfter.isZero()) {
			throw new IllegalArgumentException(
					"waypoint.handoff.confirm-after must be a positive duration such as P7D");
		}
		if (appointmentsAllowed < 1) {
			throw new IllegalArgumentException("waypoint.handoff.appointments-allowed must be at least 1");
		}
	}

}
