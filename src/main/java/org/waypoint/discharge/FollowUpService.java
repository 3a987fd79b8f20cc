package org.waypoint.discharge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Validator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waypoint.discharge.FollowUp.Outcome;
import org.waypoint.handoff.HandoffService;
import org.waypoint.handoff.HandoffTerms.ConfirmedWith;
import org.waypoint.participant.Participant;
import org.waypoint.participant.ParticipantService;
import org.waypoint.platform.InvalidInputException;
import org.waypoint.referral.Referral;
import org.waypoint.referral.ReferralService;

/**
 * Follow-up for up to 90 days after discharge (source 003): check-ins at the site's
 * points, contact with the new providers where a release allows, a fast return in a
 * crisis, and the record closed at the end with its history kept.
 */
@Service
public class FollowUpService {

	private final FollowUpRepository followUps;

	private final CheckInRepository checkIns;

	private final ParticipantService participants;

	private final HandoffService handoffService;

	private final ReferralService referralService;

	private final FollowUpSettings settings;

	private final Validator validator;

	private final Clock clock;

	FollowUpService(FollowUpRepository followUps, CheckInRepository checkIns, ParticipantService participants,
			HandoffService handoffService, ReferralService referralService, FollowUpSettings settings,
			Validator validator, Clock clock) {
		this.followUps = followUps;
		this.checkIns = checkIns;
		this.participants = participants;
		this.handoffService = handoffService;
		this.referralService = referralService;
		this.settings = settings;
		this.validator = validator;
		this.clock = clock;
	}

	/**
	 * Opens the follow-up of a discharge: the site's follow-up worker makes the
	 * check-ins, or else the former case manager.
	 */
	@Transactional
	public FollowUp open(long participantId, String formerCaseManager) {
		this.participants.get(participantId);
		return this.followUps
			.save(new FollowUp(participantId, this.clock.instant(), this.settings.checkInsBy(formerCaseManager)));
	}

	/** The days after discharge of the check-ins (7, 30, 60, 90 by default). */
	public List<Integer> checkInDays() {
		return this.settings.checkInDays();
	}

	@Transactional(readOnly = true)
	public Instant checkInDue(long followUpId, int day) {
		return followUp(followUpId).getDischargedAt().plus(Duration.ofDays(day));
	}

	public Duration retryAfter() {
		return this.settings.retryAfter();
	}

	/**
	 * Records one check-in attempt. Engagement confirmed with a provider passes the
	 * consent check; without a release the participant's own word is recorded.
	 */
	@Transactional
	public CheckIn recordCheckIn(long followUpId, int day, CheckInReport report, String by) {
		InvalidInputException.requireValid(this.validator, report, "The check-in was not recorded");
		FollowUp followUp = followUp(followUpId);
		if (report.confirmedWith() == ConfirmedWith.PROVIDER) {
			if (report.provider() == null) {
				throw new InvalidInputException("The check-in was not recorded",
						List.of("provider is required when engagement was confirmed with a provider"));
			}
			this.handoffService.askProvider(followUp.getParticipantId(), report.provider(),
					"Follow-up day " + day + ": is the participant engaged?", by, "The check-in was not recorded");
		}
		int attempt = (int) this.checkIns.countByFollowUpIdAndDay(followUpId, day) + 1;
		return this.checkIns.save(new CheckIn(followUpId, day, attempt, report, by, this.clock.instant()));
	}

	/** Whether a check-in that did not reach the participant is tried again. */
	@Transactional(readOnly = true)
	public boolean mayRetry(long followUpId, int day) {
		return this.checkIns.countByFollowUpIdAndDay(followUpId, day) < this.settings.attemptsPerCheckIn();
	}

	/**
	 * A crisis in follow-up: the participant returns as a priority referral, linked to
	 * the old record.
	 */
	@Transactional
	public Referral returnToProgram(long followUpId, String by) {
		FollowUp followUp = followUp(followUpId);
		Participant participant = this.participants.get(followUp.getParticipantId());
		Referral referral = this.referralService.submitReturn(participant.getFirstName(), participant.getLastName(),
				participant.getDateOfBirth(), participant.getExternalId(),
				"Crisis during post-discharge follow-up: fast return", by);
		close(followUpId, Outcome.RETURNED);
		return referral;
	}

	/**
	 * Follow-up is over: the participant's record closes; its history stays for reports.
	 */
	@Transactional
	public FollowUp close(long followUpId, Outcome outcome) {
		FollowUp followUp = followUp(followUpId);
		followUp.close(outcome, this.clock.instant());
		this.participants.closeRecord(followUp.getParticipantId());
		return followUp;
	}

	@Transactional(readOnly = true)
	public FollowUp followUp(long followUpId) {
		return this.followUps.findById(followUpId)
			.orElseThrow(() -> new IllegalArgumentException("No follow-up " + followUpId));
	}

	/** The check-ins settled in [from, until), for the follow-up fidelity figures. */
	@Transactional(readOnly = true)
	public List<SettledCheckIn> checkInsSettledBetween(Instant from, Instant until) {
		return this.checkIns.settledBetween(from, until, this.settings.attemptsPerCheckIn());
	}

	/**
	 * Open follow-ups whose latest check-in did not reach the participant, with that
	 * check-in.
	 */
	@Transactional(readOnly = true)
	public Map<FollowUp, CheckIn> notReached() {
		List<CheckIn> notReached = this.checkIns.latestOfOpenFollowUps()
			.stream()
			.filter(checkIn -> !checkIn.isReached())
			.toList();
		Map<Long, FollowUp> followUps = this.followUps
			.findAllById(notReached.stream().map(CheckIn::getFollowUpId).toList())
			.stream()
			.collect(Collectors.toMap(FollowUp::getId, Function.identity()));
		Map<FollowUp, CheckIn> byFollowUp = new LinkedHashMap<>();
		notReached.forEach(checkIn -> byFollowUp.put(followUps.get(checkIn.getFollowUpId()), checkIn));
		return byFollowUp;
	}

	@Transactional(readOnly = true)
	public List<CheckIn> checkInsOf(long followUpId) {
		return this.checkIns.findByFollowUpIdOrderByIdAsc(followUpId);
	}

	/** The participant's follow-ups, oldest first. */
	@Transactional(readOnly = true)
	public List<FollowUp> followUpsOf(long participantId) {
		return this.followUps.findByParticipantIdOrderByIdAsc(participantId);
	}

}
