package org.waypoint.participant;

/** A participant's case number, from their latest enrollment (a query's row). */
record CaseNumber(long participantId, String caseNumber) {
}
