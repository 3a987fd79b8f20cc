package org.waypoint.capacity;

/**
 * What the admission policy table ruled for one referral, and which version of the table
 * ruled it.
 */
public record AdmissionRuling(boolean accepted, boolean overAverage, String reason, String decisionDefinitionId,
		int decisionVersion) {

}
