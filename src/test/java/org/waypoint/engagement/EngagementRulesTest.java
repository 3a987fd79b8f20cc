package org.waypoint.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.waypoint.participant.Participant;
import org.waypoint.participant.ParticipantService;
import org.waypoint.platform.InvalidInputException;
import org.waypoint.referral.Door;

/**
 * The engagement rules at their edges, with the site's default settings: the arrest
 * diversion intake window of 30 days (a supervisor reminded 5 days before), a contact
 * every 7 days, in the wind after 14 days without one, inactive after 90 days in the
 * wind.
 */
class EngagementRulesTest {

	static final EngagementSettings DEFAULTS = new EngagementSettings(
			windows(Duration.ofDays(30), Duration.ofDays(30), Duration.ofDays(60), Duration.ofDays(30)),
			Duration.ofDays(5), new EngagementSettings.Outreach(Duration.ofDays(3), Duration.ofDays(14), 5),
			new EngagementSettings.Contacts(Duration.ofDays(7), Duration.ofDays(1), Duration.ofDays(14),
					Duration.ofDays(90), Duration.ofDays(2)));

	private final Instant now = Instant.parse("2026-11-23T09:00:00Z");

	private final ParticipantService participants = mock(ParticipantService.class);

	private final ContactService contacts = mock(ContactService.class);

	private final Participant participant = mock(Participant.class);

	private ContactCadence cadence;

	private IntakeService intake;

	@BeforeEach
	void setUp() {
		Clock clock = Clock.fixed(this.now, ZoneOffset.UTC);
		when(this.participants.get(1L)).thenReturn(this.participant);
		when(this.participant.getStatusSince()).thenReturn(this.now.minus(60, ChronoUnit.DAYS));
		// not assessed yet: the site's default frequency applies
		when(this.participant.getContactEveryDays()).thenReturn(null);
		this.cadence = new ContactCadence(this.participants, this.contacts, DEFAULTS, clock);
		this.intake = new IntakeService(null, this.participants, DEFAULTS, null, clock);
	}

	@Test
	void anArrestDiversionReferralHasThirtyDaysForIntakeAndTheSupervisorIsRemindedFiveDaysBefore() {
		IntakeWindow window = this.intake.windowFor(Door.LAW_ENFORCEMENT_ARREST_DIVERSION);

		assertThat(window.dueAt()).isEqualTo(this.now.plus(30, ChronoUnit.DAYS));
		assertThat(window.remindAt()).isEqualTo(this.now.plus(25, ChronoUnit.DAYS));
		assertThat(this.intake.windowFor(Door.COMMUNITY).dueAt()).isEqualTo(this.now.plus(60, ChronoUnit.DAYS));
	}

	@Test
	void aWindowShorterThanTheReminderLeadRemindsAtOnce() {
		IntakeWindow window = this.intake.extendBy(3);

		assertThat(window.dueAt()).isEqualTo(this.now.plus(3, ChronoUnit.DAYS));
		assertThat(window.remindAt()).isEqualTo(this.now);
	}

	@Test
	void anExtensionRunsFromOneDayToAYear() {
		assertThat(this.intake.extendBy(1).dueAt()).isEqualTo(this.now.plus(1, ChronoUnit.DAYS));
		assertThat(this.intake.extendBy(365).dueAt()).isEqualTo(this.now.plus(365, ChronoUnit.DAYS));
		assertThatThrownBy(() -> this.intake.extendBy(0)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("extensionDays must be between 1 and 365, not 0");
		assertThatThrownBy(() -> this.intake.extendBy(366)).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void aContactIsDueSevenDaysAfterTheLastOneAndNotBefore() {
		seenDaysAgo(7);
		assertThat(this.cadence.contactOverdue(1L)).isTrue();
		seenDaysAgo(6);
		assertThat(this.cadence.contactOverdue(1L)).isFalse();
		assertThat(this.cadence.nextContactDue(1L)).isEqualTo(this.now.plus(1, ChronoUnit.DAYS));
	}

	@Test
	void theAssessmentsFrequencyAndAnOpenCrisisSetTheCadence() {
		seenDaysAgo(2);
		when(this.participant.getContactEveryDays()).thenReturn(3);
		assertThat(this.cadence.contactOverdue(1L)).isFalse();
		when(this.participant.isCrisisOpen()).thenReturn(true);
		assertThat(this.cadence.contactOverdue(1L)).as("daily while a crisis is open").isTrue();
	}

	@Test
	void fourteenDaysWithoutContactIsInTheWind() {
		seenDaysAgo(3);

		assertThat(this.cadence.inTheWindAt(1L)).isEqualTo(this.now.plus(11, ChronoUnit.DAYS));
	}

	@Test
	void theClockRunsFromBeingActiveAgainWhenThatIsLaterThanTheLastContact() {
		seenDaysAgo(20);
		when(this.participant.getStatusSince()).thenReturn(this.now.minus(1, ChronoUnit.DAYS));

		assertThat(this.cadence.inTheWindAt(1L)).isEqualTo(this.now.plus(13, ChronoUnit.DAYS));
	}

	@Test
	void ninetyDaysInTheWindIsInactive() {
		when(this.participant.getInTheWindSince()).thenReturn(this.now.minus(89, ChronoUnit.DAYS));

		assertThat(this.cadence.inactiveAt(1L)).isEqualTo(this.now.plus(1, ChronoUnit.DAYS));
	}

	@Test
	void everyDoorNeedsAnIntakeWindow() {
		Map<Door, Duration> withoutPretrial = new EnumMap<>(DEFAULTS.intakeWindow());
		withoutPretrial.remove(Door.PRETRIAL_DIVERSION);

		assertThatThrownBy(() -> new EngagementSettings(withoutPretrial, Duration.ofDays(5), DEFAULTS.outreach(),
				DEFAULTS.contacts()))
			.hasMessageContaining("intake-window.PRETRIAL_DIVERSION must be a positive duration");
	}

	private void seenDaysAgo(int days) {
		when(this.contacts.lastSeen(1L)).thenReturn(Optional.of(this.now.minus(days, ChronoUnit.DAYS)));
	}

	private static Map<Door, Duration> windows(Duration arrest, Duration social, Duration community,
			Duration pretrial) {
		Map<Door, Duration> windows = new EnumMap<>(Door.class);
		windows.put(Door.LAW_ENFORCEMENT_ARREST_DIVERSION, arrest);
		windows.put(Door.LAW_ENFORCEMENT_SOCIAL_CONTACT, social);
		windows.put(Door.COMMUNITY, community);
		windows.put(Door.PRETRIAL_DIVERSION, pretrial);
		windows.put(Door.PROGRAM_RETURN, Duration.ofDays(14));
		return windows;
	}

}
