package org.waypoint.engagement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waypoint.participant.Participant;
import org.waypoint.participant.ParticipantService;

/**
 * When a participant's next contact is due and when they count as "in the wind" or
 * inactive. The clock runs from whichever is later: the last time they were seen, or the
 * moment they became active again (intake, re-engagement).
 */
@Service
public class ContactCadence {

	private final ParticipantService participants;

	private final ContactService contacts;

	private final EngagementSettings settings;

	private final Clock clock;

	ContactCadence(ParticipantService participants, ContactService contacts, EngagementSettings settings, Clock clock) {
		this.participants = participants;
		this.contacts = contacts;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * The frequency the participant's contacts must keep: tighter while a crisis is open,
	 * else the assessment's, else the site's default.
	 */
	@Transactional(readOnly = true)
	public Duration frequency(long participantId) {
		return frequency(this.participants.get(participantId));
	}

	private Duration frequency(Participant participant) {
		if (participant.isCrisisOpen()) {
			return this.settings.contacts().crisisFrequency();
		}
		return (participant.getContactEveryDays() != null) ? Duration.ofDays(participant.getContactEveryDays())
				: this.settings.contacts().defaultFrequency();
	}

	@Transactional(readOnly = true)
	public Instant nextContactDue(long participantId) {
		return nextContactDue(this.participants.get(participantId), this.contacts.lastSeen(participantId));
	}

	/**
	 * The same for a participant already read and the last time they were seen
	 * ({@link ContactService#lastSeenOfEveryone}): lists of many ask no more of the
	 * database.
	 */
	public Instant nextContactDue(Participant participant, Optional<Instant> lastSeen) {
		return inTouchSince(participant, lastSeen).plus(frequency(participant));
	}

	/**
	 * Whether the participant's contacts are kept: while they are on a caseload, not once
	 * the enrollment has ended.
	 */
	@Transactional(readOnly = true)
	public boolean kept(long participantId) {
		return this.participants.get(participantId).getStatus().isEnrolled();
	}

	@Transactional(readOnly = true)
	public boolean contactOverdue(long participantId) {
		return !this.clock.instant().isBefore(nextContactDue(participantId));
	}

	/** When missed contacts make the participant "in the wind". */
	@Transactional(readOnly = true)
	public Instant inTheWindAt(long participantId) {
		return inTouchSince(participantId).plus(this.settings.contacts().inTheWindAfter());
	}

	/** When a participant in the wind becomes inactive. */
	@Transactional(readOnly = true)
	public Instant inactiveAt(long participantId) {
		Instant since = this.participants.get(participantId).getInTheWindSince();
		return ((since != null) ? since : this.clock.instant()).plus(this.settings.contacts().inactiveAfter());
	}

	/** When the case manager's reconnect task is due, from now. */
	public Instant reconnectDue() {
		return this.clock.instant().plus(this.settings.contacts().reconnectWithin());
	}

	private Instant inTouchSince(long participantId) {
		return inTouchSince(this.participants.get(participantId), this.contacts.lastSeen(participantId));
	}

	private static Instant inTouchSince(Participant participant, Optional<Instant> lastSeen) {
		Instant since = participant.getStatusSince();
		return lastSeen.filter(seen -> seen.isAfter(since)).orElse(since);
	}

}
