package org.waypoint.capacity;

/** How many participants one case manager holds now. */
public record Caseload(String caseManagerId, long participants) {

}
