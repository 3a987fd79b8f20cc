package org.waypoint.consent;

/** Published when the participant revokes a release: its renewal is called off. */
public record ReleaseRevoked(long releaseId) {

}
