package org.waypoint.consent;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The site's consent settings ({@code waypoint.consent.*}).
 *
 * @param defaultValidity how long a release holds when the form gives no expiry
 * @param renewBefore how long before expiry the case manager is asked to renew it
 */
@ConfigurationProperties("waypoint.consent")
public record ConsentSettings(Period defaultValidity, Period renewBefore) {

	public ConsentSettings {
		if (defaultValidity == null || defaultValidity.isNegative() || defaultValidity.isZero()) {
			throw new IllegalArgumentException(
					"waypoint.consent.default-validity must be a positive period such as P1Y");
		}
		if (renewBefore == null || renewBefore.isNegative()) {
			throw new IllegalArgumentException("waypoint.consent.renew-before must be a period such as P30D");
		}
	}

}
