package org.waypoint.engagement;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Validator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waypoint.participant.ParticipantService;
import org.waypoint.participant.ParticipantStatus;
import org.waypoint.platform.InvalidInputException;
import org.waypoint.referral.Referral;
import org.waypoint.referral.ReferralService;

/**
 * The outreach wing of source 000: searches for people not yet taken in and for
 * participants "in the wind", each attempt recorded, a supervisor's review after repeated
 * failures.
 */
@Service
public class OutreachService {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

	private final OutreachEpisodeRepository episodes;

	private final OutreachAttemptRepository attempts;

	private final ParticipantService participants;

	private final ContactService contacts;

	private final IntakeService intakes;

	private final ReferralService referrals;

	private final EngagementSettings settings;

	private final Validator validator;

	private final Clock clock;

	OutreachService(OutreachEpisodeRepository episodes, OutreachAttemptRepository attempts,
			ParticipantService participants, ContactService contacts, IntakeService intakes, ReferralService referrals,
			EngagementSettings settings, Validator validator, Clock clock) {
		this.episodes = episodes;
		this.attempts = attempts;
		this.participants = participants;
		this.contacts = contacts;
		this.intakes = intakes;
		this.referrals = referrals;
		this.settings = settings;
		this.validator = validator;
		this.clock = clock;
	}

	@Transactional
	public OutreachEpisode open(long participantId, OutreachReason reason) {
		this.participants.get(participantId);
		return this.episodes.save(new OutreachEpisode(participantId, reason, this.clock.instant()));
	}

	@Transactional(readOnly = true)
	public OutreachEpisode episode(long episodeId) {
		return this.episodes.findById(episodeId)
			.orElseThrow(() -> new IllegalArgumentException("No outreach episode " + episodeId));
	}

	/** The participant's searches, newest first. */
	@Transactional(readOnly = true)
	public List<OutreachEpisode> episodesOf(long participantId) {
		return this.episodes.findByParticipantIdOrderByIdDesc(participantId);
	}

	/** Every attempt to find the participant, newest first. */
	@Transactional(readOnly = true)
	public List<OutreachAttempt> attemptsOf(long participantId) {
		return this.attempts.findByParticipantIdOrderByAttemptedAtDesc(participantId);
	}

	/** The number the next attempt of this search will carry (1 for the first). */
	@Transactional(readOnly = true)
	public int nextAttemptNumber(long episodeId) {
		return (int) this.attempts.countByEpisodeId(episodeId) + 1;
	}

	/**
	 * An attempt to locate the person; found, they are no longer inactive or in the wind
	 * (engaging again before intake, active after it).
	 */
	@Transactional
	public OutreachAttempt recordAttempt(long episodeId, NewAttempt attempt, String attemptedBy) {
		InvalidInputException.requireValid(this.validator, attempt, "The outreach attempt was not recorded");
		OutreachEpisode episode = episode(episodeId);
		if (!episode.isOpen()) {
			throw new IllegalStateException("Outreach episode " + episodeId + " is closed");
		}
		OutreachAttempt recorded = this.attempts.save(
				new OutreachAttempt(episode, nextAttemptNumber(episodeId), attempt, attemptedBy, this.clock.instant()));
		if (recorded.isLocated()) {
			this.participants.reEngage(episode.getParticipantId());
		}
		return recorded;
	}

	/** Failed attempts since the search began or since the last supervisor review. */
	@Transactional(readOnly = true)
	public int failedAttemptsSinceReview(long episodeId) {
		OutreachEpisode episode = episode(episodeId);
		return (int) this.attempts.findByEpisodeIdOrderByAttemptNumberAsc(episodeId)
			.stream()
			.filter(attempt -> !attempt.isLocated())
			.filter(attempt -> episode.getReviewedAt() == null
					|| attempt.getAttemptedAt().isAfter(episode.getReviewedAt()))
			.count();
	}

	/**
	 * Whether the failed attempts since the last review call for a supervisor's review.
	 */
	@Transactional(readOnly = true)
	public boolean reviewDue(long episodeId) {
		return failedAttemptsSinceReview(episodeId) >= this.settings.outreach().attemptsBeforeReview();
	}

	/** A supervisor's decision after repeated failed attempts. */
	@Transactional
	public OutreachEpisode review(long episodeId, OutreachDecision decision, String strategy) {
		OutreachEpisode episode = episode(episodeId);
		String newStrategy = (strategy == null || strategy.isBlank()) ? null : strategy.strip();
		switch (decision) {
			case KEEP_SEEKING -> {
				if (newStrategy == null) {
					throw new InvalidInputException("The outreach review was not recorded",
							List.of("strategy is required to keep seeking: say what to try next"));
				}
				episode.review(episode.getSeekers(), newStrategy, this.clock.instant());
			}
			case HAND_TO_PEER_SPECIALIST -> episode.review(Seekers.PEER_SPECIALISTS, newStrategy, this.clock.instant());
			case MARK_INACTIVE -> {
				this.participants.markInactive(episode.getParticipantId());
				episode.review(episode.getSeekers(), newStrategy, this.clock.instant());
			}
		}
		return episode;
	}

	/** Ends the search; a search already ended stays as it ended. */
	@Transactional
	public void close(long episodeId, OutreachOutcome outcome) {
		OutreachEpisode episode = episode(episodeId);
		if (episode.isOpen()) {
			episode.close(outcome, this.clock.instant());
		}
	}

	/** Time to the next attempt: the lower cadence once the participant is inactive. */
	@Transactional(readOnly = true)
	public Duration attemptInterval(long participantId) {
		return (this.participants.get(participantId).getStatus() == ParticipantStatus.INACTIVE)
				? this.settings.outreach().inactiveAttemptInterval() : this.settings.outreach().attemptInterval();
	}

	/**
	 * What the next outreach worker should know: where to look, when and where the person
	 * was last seen, what earlier attempts found, the supervisor's strategy.
	 */
	@Transactional(readOnly = true)
	public String whereabouts(long episodeId) {
		OutreachEpisode episode = episode(episodeId);
		long participantId = episode.getParticipantId();
		List<String> lines = new ArrayList<>();
		this.intakes.latestIntake(participantId)
			.map(IntakeRecord::getContactHints)
			.or(() -> this.referrals.find(this.participants.currentEnrollment(participantId).getReferralId())
				.map(Referral::getContactHints))
			.filter(hints -> !hints.isBlank())
			.ifPresent(hints -> lines.add("Where to look: " + hints));
		this.contacts.lastSeen(participantId).ifPresent(seen -> lines.add("Last seen: " + DAY.format(seen)));
		this.attempts.findByParticipantIdOrderByAttemptedAtDesc(participantId)
			.stream()
			.limit(3)
			.forEach(attempt -> lines.add("Attempt " + attempt.getAttemptNumber() + " ("
					+ DAY.format(attempt.getAttemptedAt()) + "): searched " + attempt.getPlacesSearched()
					+ ((attempt.getLastSeen() != null) ? "; last seen " + attempt.getLastSeen() : "")
					+ ((attempt.getWhoSaw() != null) ? "; seen by " + attempt.getWhoSaw() : "")));
		if (episode.getStrategy() != null) {
			lines.add("Supervisor's strategy: " + episode.getStrategy());
		}
		return lines.isEmpty() ? "Nothing known yet: start from the referral's reason and the usual places."
				: "- " + String.join("\n- ", lines);
	}

}
