package org.waypoint.referral;

import java.util.List;

import org.waypoint.platform.InvalidInputException;

/** A referral that cannot be taken as submitted; nothing was written. */
public class InvalidReferralException extends InvalidInputException {

	public InvalidReferralException(List<String> problems) {
		super("The referral was not taken", problems);
	}

}
