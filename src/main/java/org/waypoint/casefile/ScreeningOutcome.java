package org.waypoint.casefile;

import java.time.Instant;

/**
 * What a screening decided, shown to the screener once the form is sent: the referral's
 * decision and, when the person was taken in, their case number, case manager and intake
 * deadline.
 *
 * @param name first name and last initial
 * @param decision the referral's decision as the referrer reads it
 */
public record ScreeningOutcome(String name, String status, String decision, String caseNumber, String caseManager,
		Instant intakeDue) {
}
