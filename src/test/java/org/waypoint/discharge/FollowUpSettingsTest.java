package org.waypoint.discharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Who makes the check-ins, and the check-in days a site may set. */
class FollowUpSettingsTest {

	@Test
	void withoutAFollowUpWorkerTheFormerCaseManagerMakesTheCheckIns() {
		assertThat(settings("").checkInsBy("casey")).isEqualTo("casey");
		assertThat(settings(null).checkInsBy("casey")).isEqualTo("casey");
	}

	@Test
	void aSitesFollowUpWorkerMakesEveryCheckIn() {
		assertThat(settings(" fiona ").checkInsBy("casey")).isEqualTo("fiona");
	}

	@Test
	void checkInDaysMustRise() {
		assertThatThrownBy(() -> new FollowUpSettings(List.of(30, 7), Duration.ofDays(3), 3, null))
			.hasMessageContaining("waypoint.follow-up.check-in-days must be rising days after discharge");
	}

	private static FollowUpSettings settings(String worker) {
		return new FollowUpSettings(List.of(7, 30, 60, 90), Duration.ofDays(3), 3, worker);
	}

}
