package org.waypoint.capacity.process;

import java.util.HashMap;
import java.util.Map;

import org.waypoint.capacity.CaseloadPicture;
import org.waypoint.capacity.CaseloadStandards;

/** Declaration of processes/referral-admission.dmn: its key, inputs and outputs. */
public final class ReferralAdmissionDecision {

	public static final String KEY = "referral-admission";

	public static final String PRIORITY = "priority";

	public static final String LOWEST_CASELOAD = "lowestCaseload";

	public static final String AVERAGE_AFTER_ACCEPTANCE = "averageAfterAcceptance";

	public static final String AVERAGE_WITH_PRIORITY_RESERVE = "averageWithPriorityReserve";

	public static final String ROOM_UNDER_OWN_LIMITS = "roomUnderOwnLimits";

	public static final String OWN_LIMITS = "ownLimits";

	public static final String DECISION = "decision";

	public static final String OVER_AVERAGE = "overAverage";

	public static final String REASON = "reason";

	private ReferralAdmissionDecision() {
	}

	/**
	 * The table's inputs for a referral of the given priority on this caseload, under the
	 * site's caseload standards.
	 */
	public static Map<String, Object> inputs(String priority, CaseloadPicture picture, CaseloadStandards standards) {
		// HashMap: the averages and the lowest caseload are null when no case manager is
		// active
		Map<String, Object> inputs = new HashMap<>(standards.asDecisionInputs());
		inputs.put(PRIORITY, priority);
		inputs.put(LOWEST_CASELOAD, picture.lowestCaseload());
		inputs.put(AVERAGE_AFTER_ACCEPTANCE, picture.averageAfterAcceptance());
		inputs.put(AVERAGE_WITH_PRIORITY_RESERVE, picture.averageWithPriorityReserve());
		inputs.put(ROOM_UNDER_OWN_LIMITS, picture.roomUnderOwnLimits());
		inputs.put(OWN_LIMITS, picture.ownLimits());
		return inputs;
	}

}
