package org.waypoint.engagement;

/**
 * One participant's contacts with them in a period, and how many of those were in the
 * field (source 000: case management is not office-based).
 */
public record ContactTally(long participantId, long contacts, long inField) {
}
