package org.waypoint.engagement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.stream.Stream;

import jakarta.validation.Validator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waypoint.audit.AuditAction;
import org.waypoint.audit.AuditLog;
import org.waypoint.participant.Participant;
import org.waypoint.participant.ParticipantService;
import org.waypoint.participant.ParticipantStatus;
import org.waypoint.platform.InvalidInputException;

/**
 * The contact record: every contact with or about a participant, and the sightings
 * partners report. A contact with the participant, or a sighting, is announced
 * ({@link ParticipantSeen}) in the same transaction.
 */
@Service
public class ContactService {

	/** Clocks on phones drift: a contact a few minutes "ahead" is still taken. */
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private final ContactRepository contacts;

	private final SightingRepository sightings;

	private final OutreachAttemptRepository attempts;

	private final ParticipantService participants;

	private final AuditLog auditLog;

	private final Validator validator;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ContactService(ContactRepository contacts, SightingRepository sightings, OutreachAttemptRepository attempts,
			ParticipantService participants, AuditLog auditLog, Validator validator, ApplicationEventPublisher events,
			Clock clock) {
		this.contacts = contacts;
		this.sightings = sightings;
		this.attempts = attempts;
		this.participants = participants;
		this.auditLog = auditLog;
		this.validator = validator;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Contact record(NewContact contact, String recordedBy) {
		InvalidInputException.requireValid(this.validator, contact, "The contact was not recorded");
		Participant participant = this.participants.get(contact.participantId());
		requireOpenRecord(participant, contact.occurredAt(), "The contact was not recorded");
		Contact saved = this.contacts.save(new Contact(contact, recordedBy, this.clock.instant()));
		if (saved.isWithParticipant()) {
			this.events.publishEvent(new ParticipantSeen(participant.getId(), false));
		}
		return saved;
	}

	/** A partner or colleague saw the person. */
	@Transactional
	public Sighting reportSighting(long participantId, NewSighting sighting, String reportedBy) {
		InvalidInputException.requireValid(this.validator, sighting, "The sighting was not recorded");
		Participant participant = this.participants.get(participantId);
		requireOpenRecord(participant, sighting.seenAt(), "The sighting was not recorded");
		Sighting saved = this.sightings.save(new Sighting(participantId, sighting, reportedBy, this.clock.instant()));
		this.events.publishEvent(new ParticipantSeen(participantId, true));
		return saved;
	}

	/** The participant enrolled under this case number (e.g. R-00042). */
	@Transactional(readOnly = true)
	public Optional<Long> participantWithCaseNumber(String caseNumber) {
		return this.participants.enrollmentByCaseNumber(caseNumber.strip().toUpperCase())
			.map(enrollment -> enrollment.getParticipantId());
	}

	/** The participant's contacts, newest first, as staff read them (audited). */
	@Transactional
	public List<Contact> readContacts(long participantId, String reader) {
		this.participants.get(participantId);
		this.auditLog.record(reader, AuditAction.PARTICIPANT_RECORD_READ, participantId, "contacts");
		return contactsOf(participantId);
	}

	/**
	 * The contacts, newest first, for a reader whose read is audited already (the case
	 * file).
	 */
	@Transactional(readOnly = true)
	public List<Contact> contactsOf(long participantId) {
		return this.contacts.findByParticipantIdOrderByOccurredAtDesc(participantId);
	}

	/**
	 * Each participant's contacts with them in [from, until): how many, how many in the
	 * field.
	 */
	@Transactional(readOnly = true)
	public List<ContactTally> talliesBetween(Instant from, Instant until) {
		return this.contacts.talliesBetween(from, until);
	}

	/**
	 * When the participant was last seen: a contact with them, an outreach attempt that
	 * found them, or a sighting.
	 */
	@Transactional(readOnly = true)
	public Optional<Instant> lastSeen(long participantId) {
		return Stream
			.of(this.contacts.lastWithParticipant(participantId), this.attempts.lastLocated(participantId),
					this.sightings.lastSeen(participantId))
			.flatMap(Optional::stream)
			.max(Instant::compareTo);
	}

	/**
	 * {@link #lastSeen} of every participant ever seen, by participant id, in three
	 * queries: for lists over the whole program.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Instant> lastSeenOfEveryone() {
		Map<Long, Instant> lastSeen = new HashMap<>();
		Stream
			.of(this.contacts.lastWithEveryone(), this.attempts.lastLocatedOfEveryone(),
					this.sightings.lastSeenOfEveryone())
			.flatMap(List::stream)
			.forEach(seen -> lastSeen.merge(seen.participantId(), seen.at(),
					BinaryOperator.maxBy(Comparator.naturalOrder())));
		return lastSeen;
	}

	private void requireOpenRecord(Participant participant, Instant when, String error) {
		if (participant.getStatus() == ParticipantStatus.CLOSED
				|| participant.getStatus() == ParticipantStatus.DECEASED) {
			throw new InvalidInputException(error,
					List.of("participant " + participant.getId() + " is " + participant.getStatus()));
		}
		if (when.isAfter(this.clock.instant().plus(CLOCK_SKEW))) {
			throw new InvalidInputException(error, List.of("the time " + when + " is in the future"));
		}
	}

}
