package org.waypoint.capacity;

/**
 * What the admission policy table ruled for one referral, and which version of the table
 * ruled it.
 */
public record AdmissionRuling(boolean accepted, boolean overAverage, String reason, String decisionDefinitionId,
		int decisionVersion) {

	/** The decision as the tables and the models say it. */
	public static final String ACCEPT = "ACCEPT";

	public static final String DECLINE = "DECLINE";

	public String decision() {
		return this.accepted ? ACCEPT : DECLINE;
	}

}
