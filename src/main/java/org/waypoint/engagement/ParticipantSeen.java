package org.waypoint.engagement;

/**
 * Published in the recording transaction when a participant was seen: a contact with
 * them, or a sighting reported by a partner.
 *
 * @param sighting true for a partner's sighting, false for a staff contact
 */
public record ParticipantSeen(long participantId, boolean sighting) {

}
