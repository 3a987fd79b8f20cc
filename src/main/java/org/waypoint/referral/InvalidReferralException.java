package org.waypoint.referral;

import java.util.List;

/** A referral that cannot be taken as submitted; nothing was written. */
public class InvalidReferralException extends RuntimeException {

	private final List<String> problems;

	public InvalidReferralException(List<String> problems) {
		super(String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return this.problems;
	}

}
