package org.waypoint.handoff;

/** Published when a case manager asks for a handoff: the participant's case starts it. */
public record HandoffRequested(long handoffId, long participantId) {

}
