package org.waypoint.engagement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Validator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waypoint.participant.Enrollment;
import org.waypoint.participant.ParticipantService;
import org.waypoint.platform.InvalidInputException;
import org.waypoint.referral.Door;

/** Intake: its window (a site setting per door) and the intake record itself. */
@Service
public class IntakeService {

	private final IntakeRecordRepository intakes;

	private final ParticipantService participants;

	private final EngagementSettings settings;

	private final Validator validator;

	private final Clock clock;

	IntakeService(IntakeRecordRepository intakes, ParticipantService participants, EngagementSettings settings,
			Validator validator, Clock clock) {
		this.intakes = intakes;
		this.participants = participants;
		this.settings = settings;
		this.validator = validator;
		this.clock = clock;
	}

	/** The intake window of a referral accepted now through this door. */
	public IntakeWindow windowFor(Door door) {
		return windowOf(this.settings.intakeWindow().get(door));
	}

	/** When intake is due for a referral accepted then through this door. */
	public Instant intakeDue(Door door, Instant acceptedAt) {
		return acceptedAt.plus(this.settings.intakeWindow().get(door));
	}

	/**
	 * When intake is due for this enrollment: the door's window from acceptance, or the
	 * deadline a supervisor's extension set.
	 */
	public Instant intakeDue(Enrollment enrollment) {
		return (enrollment.getIntakeExtendedUntil() != null) ? enrollment.getIntakeExtendedUntil()
				: intakeDue(Door.valueOf(enrollment.getDoor()), enrollment.getEnrolledAt());
	}

	/** Keeps a supervisor's extension with the participant's enrollment. */
	public void recordExtension(long participantId, IntakeWindow extended) {
		this.participants.extendIntake(participantId, extended.dueAt());
	}

	/** A supervisor extends the window by some days from now. */
	public IntakeWindow extendBy(int days) {
		if (days < 1 || days > 365) {
			throw new InvalidInputException("The intake window was not extended",
					List.of("extensionDays must be between 1 and 365, not " + days));
		}
		return windowOf(Duration.ofDays(days));
	}

	private IntakeWindow windowOf(Duration length) {
		Instant now = this.clock.instant();
		Instant due = now.plus(length);
		Instant remind = due.minus(this.settings.intakeReminderBefore());
		return new IntakeWindow(remind.isBefore(now) ? now : remind, due);
	}

	/** Records the intake; the participant becomes active. */
	@Transactional
	public IntakeRecord record(long participantId, IntakeAnswers answers, String completedBy) {
		InvalidInputException.requireValid(this.validator, answers, "The intake was not recorded");
		Enrollment enrollment = this.participants.currentEnrollment(participantId);
		IntakeRecord intake = this.intakes
			.save(new IntakeRecord(participantId, enrollment.getId(), answers, completedBy, this.clock.instant()));
		this.participants.completeIntake(participantId);
		return intake;
	}

	@Transactional(readOnly = true)
	public Optional<IntakeRecord> latestIntake(long participantId) {
		return this.intakes.findFirstByParticipantIdOrderByIdDesc(participantId);
	}

}
