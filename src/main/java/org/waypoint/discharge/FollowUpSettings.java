package org.waypoint.discharge;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The site's follow-up settings ({@code waypoint.follow-up.*}).
 *
 * @param checkInDays the days after discharge of the check-ins; the last ends follow-up
 * (source 003: up to 90)
 * @param retryAfter when a check-in that did not reach the participant is tried again
 * @param attemptsPerCheckIn tries before a check-in is recorded as not reached
 * @param worker the login of the site's follow-up worker, who makes every check-in; none
 * (empty): the former case manager makes them
 */
@ConfigurationProperties("waypoint.follow-up")
public record FollowUpSettings(List<Integer> checkInDays, Duration retryAfter, int attemptsPerCheckIn, String worker) {

	public FollowUpSettings {
		if (checkInDays == null || checkInDays.isEmpty() || checkInDays.stream().anyMatch(day -> day < 1)
				|| !checkInDays.stream().sorted().distinct().toList().equals(checkInDays)) {
			throw new IllegalArgumentException(
					"waypoint.follow-up.check-in-days must be rising days after discharge, such as 7,30,60,90");
		}
		if (retryAfter == null || retryAfter.isNegative() || retryAfter.isZero() || attemptsPerCheckIn < 1) {
			throw new IllegalArgumentException(
					"waypoint.follow-up.retry-after must be positive and attempts-per-check-in at least 1");
		}
		checkInDays = List.copyOf(checkInDays);
		worker = (worker == null || worker.isBlank()) ? null : worker.strip();
	}

	/** Who makes the check-ins of a participant this case manager discharged. */
	public String checkInsBy(String formerCaseManager) {
		return (this.worker != null) ? this.worker : formerCaseManager;
	}

}
