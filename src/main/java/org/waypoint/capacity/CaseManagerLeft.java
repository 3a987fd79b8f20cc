package org.waypoint.capacity;

/**
 * Published when a case manager leaves while still holding participants: a supervisor
 * moves them.
 */
public record CaseManagerLeft(String caseManagerId, int participantsHeld) {

}
