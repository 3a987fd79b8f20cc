package org.waypoint.consent;

/** The consent check's answer: shared or refused, and why. */
public record DisclosureResult(boolean allowed, Long releaseId, String reason) {

}
