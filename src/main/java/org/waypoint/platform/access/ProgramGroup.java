package org.waypoint.platform.access;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

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

	/** The ids of all the program's groups. */
	public static Set<String> ids() {
		return Arrays.stream(values()).map(ProgramGroup::id).collect(Collectors.toSet());
	}

	/** The groups of the program's own staff, who work in Tasklist. */
	public static Set<ProgramGroup> staff() {
		return EnumSet.of(OUTREACH, CASE_MANAGERS, CLINICIANS, PEER_SPECIALISTS, SUPERVISORS);
	}

	/** The program's staff and its administrators: who may read participant records. */
	public static Set<ProgramGroup> staffAndAdmins() {
		Set<ProgramGroup> groups = EnumSet.copyOf(staff());
		groups.add(PROGRAM_ADMINS);
		return groups;
	}

	/** Who oversees the program: supervisors and program administrators. */
	public static Set<ProgramGroup> oversight() {
		return EnumSet.of(SUPERVISORS, PROGRAM_ADMINS);
	}

	/**
	 * Who may know of a participant's substance use besides their own case manager (or
	 * the colleague covering them): 42 CFR Part 2 keeps it from everyone else.
	 */
	public static Set<ProgramGroup> toldOfSubstanceUse() {
		return EnumSet.of(CLINICIANS);
	}

	/**
	 * Who may ask to end or narrow a case; a case manager only for their own participants
	 * (participant.CaseChanges).
	 */
	public static Set<ProgramGroup> caseChangers() {
		Set<ProgramGroup> groups = oversight();
		groups.add(CASE_MANAGERS);
		return groups;
	}

	public String id() {
		return this.id;
	}

	public String displayName() {
		return this.displayName;
	}

}
