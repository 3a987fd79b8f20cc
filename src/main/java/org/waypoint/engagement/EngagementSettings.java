package org.waypoint.engagement;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.waypoint.referral.Door;

/**
 * The site's engagement settings ({@code waypoint.engagement.*}): intake windows,
 * outreach cadence, contact cadence and the "in the wind" and inactive thresholds. README
 * lists each with its default and where the default comes from.
 *
 * @param intakeWindow days from acceptance to intake, per door (arrest diversion: 30, the
 * LEAD sites' 7–30)
 * @param intakeReminderBefore how long before the intake window ends a supervisor is
 * reminded
 */
@ConfigurationProperties("waypoint.engagement")
public record EngagementSettings(Map<Door, Duration> intakeWindow, Duration intakeReminderBefore, Outreach outreach,
		Contacts contacts) {

	/**
	 * @param attemptInterval time between outreach attempts
	 * @param inactiveAttemptInterval the lower cadence for inactive participants
	 * @param attemptsBeforeReview failed attempts after which a supervisor reviews
	 */
	public record Outreach(Duration attemptInterval, Duration inactiveAttemptInterval, int attemptsBeforeReview) {
	}

	/**
	 * @param defaultFrequency contact frequency until an assessment sets one
	 * @param crisisFrequency contact frequency while a crisis is open
	 * @param inTheWindAfter time without contact after which a participant is in the wind
	 * @param inactiveAfter time in the wind after which a participant is inactive
	 * @param reconnectWithin when the case manager's reconnect task is due after someone
	 * is seen again
	 */
	public record Contacts(Duration defaultFrequency, Duration crisisFrequency, Duration inTheWindAfter,
			Duration inactiveAfter, Duration reconnectWithin) {
	}

	public EngagementSettings {
		List<String> problems = new ArrayList<>();
		Map<Door, Duration> windows = new EnumMap<>(Door.class);
		if (intakeWindow != null) {
			windows.putAll(intakeWindow);
		}
		for (Door door : Door.values()) {
			positive(problems, "intake-window." + door, windows.get(door));
		}
		positive(problems, "intake-reminder-before", intakeReminderBefore);
		if (outreach == null || contacts == null) {
			problems.add("outreach and contacts settings are required");
		}
		else {
			positive(problems, "outreach.attempt-interval", outreach.attemptInterval());
			positive(problems, "outreach.inactive-attempt-interval", outreach.inactiveAttemptInterval());
			if (outreach.attemptsBeforeReview() < 1) {
				problems.add("outreach.attempts-before-review must be at least 1");
			}
			positive(problems, "contacts.default-frequency", contacts.defaultFrequency());
			positive(problems, "contacts.crisis-frequency", contacts.crisisFrequency());
			positive(problems, "contacts.in-the-wind-after", contacts.inTheWindAfter());
			positive(problems, "contacts.inactive-after", contacts.inactiveAfter());
			positive(problems, "contacts.reconnect-within", contacts.reconnectWithin());
		}
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("waypoint.engagement: " + String.join("; ", problems));
		}
		intakeWindow = Map.copyOf(windows);
	}

	private static void positive(List<String> problems, String name, Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			problems.add(name + " must be a positive duration such as P30D");
		}
	}

}
