package org.waypoint.participant;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waypoint.audit.AuditAction;
import org.waypoint.audit.AuditLog;
import org.waypoint.capacity.CapacityService;
import org.waypoint.referral.Referral;
import org.waypoint.referral.ReferralService;

/**
 * Participants and their enrollments: who is in the program, with whom, and in which
 * state. Every status change of the engagement work (intake, in the wind, inactive,
 * re-engaged, the end of an enrollment) goes through here.
 */
@Service
public class ParticipantService {

	private final ParticipantRepository participants;

	private final EnrollmentRepository enrollments;

	private final ParticipantMatching matching;

	private final ReferralService referralService;

	private final AuditLog auditLog;

	private final CapacityService capacityService;

	private final Clock clock;

	ParticipantService(ParticipantRepository participants, EnrollmentRepository enrollments,
			ParticipantMatching matching, ReferralService referralService, AuditLog auditLog,
			CapacityService capacityService, Clock clock) {
		this.capacityService = capacityService;
		this.participants = participants;
		this.enrollments = enrollments;
		this.matching = matching;
		this.referralService = referralService;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/**
	 * Enrolls the person of an accepted referral with their case manager. Someone who was
	 * in the program before (exited, discharged, closed) keeps their record: the new
	 * enrollment links to it. The caseload slot the referral's capacity decision took
	 * holds the enrollment from now on.
	 */
	@Transactional
	public Enrollment enroll(long referralId, String caseManagerId) {
		if (this.enrollments.findByReferralId(referralId).isPresent()) {
			throw new IllegalStateException("Referral " + referralId + " is already enrolled");
		}
		Referral referral = this.referralService.find(referralId)
			.orElseThrow(() -> new IllegalArgumentException("No referral " + referralId));
		PersonDetails person = new PersonDetails(referral.getFirstName(), referral.getLastName(),
				referral.getDateOfBirth(), referral.getExternalId());
		Instant now = this.clock.instant();
		Participant participant = formerParticipant(person).map(former -> {
			former.reenroll(caseManagerId, now);
			return former;
		}).orElseGet(() -> this.participants.save(new Participant(person, caseManagerId, now)));
		Enrollment enrollment = this.enrollments.save(
				new Enrollment(participant.getId(), referralId, referral.caseNumber(), referral.getDoor().name(), now));
		this.capacityService.enrolled(referralId, enrollment.getId());
		return enrollment;
	}

	private Optional<Participant> formerParticipant(PersonDetails person) {
		return this.matching.matching(person)
			.filter(candidate -> !candidate.getStatus().isEnrolled())
			.filter(candidate -> candidate.getStatus() != ParticipantStatus.DECEASED)
			.findFirst();
	}

	@Transactional(readOnly = true)
	public Participant get(long participantId) {
		return this.participants.findById(participantId)
			.orElseThrow(() -> new ParticipantNotFoundException("No participant " + participantId));
	}

	/** These participants by id; an id with no participant is left out. */
	@Transactional(readOnly = true)
	public Map<Long, Participant> getAll(Collection<Long> participantIds) {
		return this.participants.findAllById(participantIds)
			.stream()
			.collect(Collectors.toMap(Participant::getId, Function.identity()));
	}

	/** The participants whose case manager this is now, whatever their status. */
	@Transactional(readOnly = true)
	public Set<Long> heldBy(String caseManagerId) {
		return this.participants.idsHeldBy(caseManagerId);
	}

	/** A supervisor gave more time for intake: the new deadline. */
	@Transactional
	public void extendIntake(long participantId, Instant until) {
		currentEnrollment(participantId).extendIntakeUntil(until);
	}

	/** Every participant enrolled now, whoever holds them (or held them and left). */
	@Transactional(readOnly = true)
	public List<Participant> enrolled() {
		return this.participants.findByStatusIn(ParticipantStatus.enrolled());
	}

	/** The participants on these case managers' caseloads now. */
	@Transactional(readOnly = true)
	public List<Participant> caseloadOf(Collection<String> caseManagerIds) {
		return this.participants.findByCaseManagerIdInAndStatusIn(caseManagerIds, ParticipantStatus.enrolled());
	}

	/**
	 * A participant's record as staff read it; the read is written to the audit log.
	 */
	@Transactional
	public ParticipantRecord read(long participantId, String reader) {
		Participant participant = get(participantId);
		this.auditLog.record(reader, AuditAction.PARTICIPANT_RECORD_READ, participantId, "participant record");
		return new ParticipantRecord(participant, enrollmentsOf(participantId));
	}

	@Transactional(readOnly = true)
	public List<Enrollment> enrollmentsOf(long participantId) {
		return this.enrollments.findByParticipantIdOrderByIdAsc(participantId);
	}

	/** The enrollment of the referral with this case number (e.g. R-00042). */
	@Transactional(readOnly = true)
	public Optional<Enrollment> enrollmentByCaseNumber(String caseNumber) {
		return this.enrollments.findByCaseNumber(caseNumber);
	}

	@Transactional(readOnly = true)
	public Optional<Enrollment> enrollmentOfReferral(long referralId) {
		return this.enrollments.findByReferralId(referralId);
	}

	/** Intake is done: the participant is active. */
	@Transactional
	public Participant completeIntake(long participantId) {
		Participant participant = inState(participantId, ParticipantStatus.ENGAGING, ParticipantStatus.INACTIVE);
		currentEnrollment(participantId).completeIntake(this.clock.instant());
		participant.moveTo(ParticipantStatus.ACTIVE, this.clock.instant());
		return participant;
	}

	/**
	 * Missed contacts past the site's threshold: sought by outreach, still on the
	 * caseload.
	 */
	@Transactional
	public Participant markInTheWind(long participantId) {
		Participant participant = inState(participantId, ParticipantStatus.ACTIVE);
		participant.moveTo(ParticipantStatus.IN_THE_WIND, this.clock.instant());
		return participant;
	}

	/** In the wind past the inactive threshold; still sought, never discharged for it. */
	@Transactional
	public Participant markInactive(long participantId) {
		Participant participant = inState(participantId, ParticipantStatus.ENGAGING, ParticipantStatus.IN_THE_WIND,
				ParticipantStatus.INACTIVE);
		participant.moveTo(ParticipantStatus.INACTIVE, this.clock.instant());
		return participant;
	}

	/**
	 * Seen again (a contact, a sighting, outreach found them): back to active, no new
	 * referral needed. A participant not yet taken in stays engaging.
	 */
	@Transactional
	public Participant reEngage(long participantId) {
		Participant participant = get(participantId);
		if (participant.getStatus() == ParticipantStatus.IN_THE_WIND
				|| participant.getStatus() == ParticipantStatus.INACTIVE) {
			boolean takenIn = currentEnrollment(participantId).getIntakeCompletedAt() != null;
			participant.moveTo(takenIn ? ParticipantStatus.ACTIVE : ParticipantStatus.ENGAGING, this.clock.instant());
		}
		return participant;
	}

	/** The assessment's service model and the contact frequency it requires. */
	@Transactional
	public void recordServiceIntensity(long participantId, String serviceModel, int contactEveryDays) {
		get(participantId).setServiceIntensity(serviceModel, contactEveryDays);
	}

	/** A crisis is open (contacts tighten) or resolved. */
	@Transactional
	public void setCrisisOpen(long participantId, boolean open) {
		get(participantId).setCrisisOpen(open);
	}

	@Transactional
	public void assignCaseManager(long participantId, String caseManagerId) {
		get(participantId).assignTo(caseManagerId);
	}

	/** Ends the current enrollment: the participant's status follows from the reason. */
	@Transactional
	public Participant endEnrollment(long participantId, EnrollmentEnd reason) {
		Participant participant = get(participantId);
		currentEnrollment(participantId).end(reason, this.clock.instant());
		participant.moveTo(reason.statusAfter(), this.clock.instant());
		return participant;
	}

	/** Follow-up is over: the record closes; its history stays for reports. */
	@Transactional
	public Participant closeRecord(long participantId) {
		Participant participant = inState(participantId, ParticipantStatus.DISCHARGED);
		participant.moveTo(ParticipantStatus.CLOSED, this.clock.instant());
		return participant;
	}

	/** The enrollments whose intake was completed in [from, until). */
	@Transactional(readOnly = true)
	public List<Enrollment> intakesBetween(Instant from, Instant until) {
		return this.enrollments.findByIntakeCompletedAtGreaterThanEqualAndIntakeCompletedAtLessThan(from, until);
	}

	/** The participants enrolled at some time in [from, until). */
	@Transactional(readOnly = true)
	public Set<Long> enrolledBetween(Instant from, Instant until) {
		return this.enrollments.participantsEnrolledBetween(from, until);
	}

	/**
	 * Every participant's latest enrollment, by participant id: what
	 * {@link #currentEnrollment} gives one participant, for reports over everyone.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Enrollment> currentEnrollments() {
		return this.enrollments.latestOfEveryone()
			.stream()
			.collect(Collectors.toMap(Enrollment::getParticipantId, Function.identity()));
	}

	/** Every participant's case number (their latest enrollment's), by participant id. */
	@Transactional(readOnly = true)
	public Map<Long, String> caseNumbers() {
		return this.enrollments.caseNumbersOfEveryone()
			.stream()
			.collect(Collectors.toMap(CaseNumber::participantId, CaseNumber::caseNumber));
	}

	/** The participant's latest enrollment (the open one while they are enrolled). */
	@Transactional(readOnly = true)
	public Enrollment currentEnrollment(long participantId) {
		return this.enrollments.findFirstByParticipantIdOrderByIdDesc(participantId)
			.orElseThrow(
					() -> new ParticipantNotFoundException("Participant " + participantId + " was never enrolled"));
	}

	private Participant inState(long participantId, ParticipantStatus... allowed) {
		Participant participant = get(participantId);
		if (!List.of(allowed).contains(participant.getStatus())) {
			throw new IllegalStateException(
					"Participant " + participantId + " is " + participant.getStatus() + ", not " + List.of(allowed));
		}
		return participant;
	}

}
