package org.waypoint.engagement;

import java.time.Instant;

/** When one participant was last seen in one of the ways that count (a query's row). */
record LastSeen(long participantId, Instant at) {
}
