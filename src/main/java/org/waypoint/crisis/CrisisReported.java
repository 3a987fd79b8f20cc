package org.waypoint.crisis;

/** Published in the reporting transaction: the participant's case responds. */
public record CrisisReported(long crisisId, long participantId, CrisisKind kind) {

}
