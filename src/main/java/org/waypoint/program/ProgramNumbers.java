package org.waypoint.program;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The program's numbers the view draws its lines at (source 000: an average of at most
 * 20, staffing paced from 18; the intensive standard of 12-15, sources 000 and 003). The
 * same numbers stand in referral-admission.dmn and capacity-alert.dmn, which decide by
 * them; a test keeps the two in step.
 */
@ConfigurationProperties("waypoint.program")
public record ProgramNumbers(int averageLimit, int pacingThreshold, int intensiveStandard) {
}
