package org.waypoint.platform.access;

/** The Camunda groups of DESIGN.md section 4: who works on what. */
public enum ProgramGroup {

	OUTREACH("outreach", "Outreach and screening"),

	CASE_MANAGERS("case-managers", "Case managers"),

	CLINICIANS("clinicians", "Clinicians"),

	PEER_SPECIALISTS("peer-specialists", "Peer specialists"),

	SUPERVISORS("supervisors", "Supervisors"),

	PROGRAM_ADMINS("program-admins", "Program administrators"),

	REFERRAL_PARTNERS("referral-partners", "Referral partners"),

	PROBATION("probation", "Probation");

	private final String id;

	private final String displayName;

	ProgramGroup(String id, String displayName) {
		this.id = id;
		this.displayName = displayName;
	}

	public String id() {
		return this.id;
	}

	public String displayName() {
		return this.displayName;
	}

}
