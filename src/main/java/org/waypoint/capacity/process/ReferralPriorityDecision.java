package org.waypoint.capacity.process;

/**
 * Declaration of processes/referral-priority.dmn, which participant-lifecycle asks by
 * door before the capacity decision: its key, input and output.
 */
final class ReferralPriorityDecision {

	static final String KEY = "referral-priority";

	static final String DOOR = "door";

	static final String PRIORITY = "priority";

	private ReferralPriorityDecision() {
	}

}
