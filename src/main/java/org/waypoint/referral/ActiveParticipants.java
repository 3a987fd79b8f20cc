package org.waypoint.referral;

import java.util.Optional;

/**
 * The people enrolled in the program now, as their participant records know them. A new
 * referral for one of them is shown to the screener as a possible match.
 */
@FunctionalInterface
public interface ActiveParticipants {

	/**
	 * The referral under which someone matching this person (same external id, or same
	 * name and date of birth) is enrolled now.
	 */
	Optional<Long> enrolledUnder(NewReferral person);

}
