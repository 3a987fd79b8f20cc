package org.waypoint.engagement;

import java.time.Instant;

/** When intake is due, and when a supervisor is reminded of it. */
public record IntakeWindow(Instant remindAt, Instant dueAt) {

}
