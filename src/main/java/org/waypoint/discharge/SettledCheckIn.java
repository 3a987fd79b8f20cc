package org.waypoint.discharge;

import java.time.Instant;

/**
 * A follow-up check-in that is settled: the participant was reached at some attempt, or
 * was not reached at the last one allowed.
 */
public record SettledCheckIn(long participantId, int day, boolean reached, Instant settledAt) {
}
