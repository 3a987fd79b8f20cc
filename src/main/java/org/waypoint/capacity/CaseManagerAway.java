package org.waypoint.capacity;

import java.time.LocalDate;

/** Published when a case manager's leave is recorded: their work goes to the cover. */
public record CaseManagerAway(String caseManagerId, LocalDate from, LocalDate until, String coveredBy) {

}
