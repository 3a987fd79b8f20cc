package org.waypoint.capacity;

/**
 * Published when a case manager's leave ends early: their work comes back from the cover.
 */
public record CaseManagerBack(String caseManagerId, String coveredBy) {

}
