package org.waypoint.crisis;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import jakarta.validation.Validator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waypoint.consent.ConsentService;
import org.waypoint.consent.DisclosureRequest;
import org.waypoint.consent.DisclosureScope;
import org.waypoint.consent.ReleaseParty;
import org.waypoint.participant.ParticipantService;
import org.waypoint.platform.InvalidInputException;

/**
 * Crises and relapses (source 003): reported by the team or a partner, answered within
 * the site's response time, the contact cadence tight while one is open.
 */
@Service
public class CrisisService {

	private final CrisisRepository crises;

	private static final List<ReleaseParty> JUSTICE_PARTNERS = List.of(ReleaseParty.PROBATION,
			ReleaseParty.COURT_PROSECUTOR_LIAISON);

	private final ParticipantService participants;

	private final ConsentService consentService;

	private final CrisisSettings settings;

	private final Validator validator;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CrisisService(CrisisRepository crises, ParticipantService participants, ConsentService consentService,
			CrisisSettings settings, Validator validator, ApplicationEventPublisher events, Clock clock) {
		this.crises = crises;
		this.participants = participants;
		this.consentService = consentService;
		this.settings = settings;
		this.validator = validator;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Crisis report(long participantId, CrisisKind kind, String description, String reportedBy) {
		if (kind == null) {
			throw new InvalidInputException("The crisis was not reported", List.of("kind is required"));
		}
		if (description != null && description.length() > 2000) {
			throw new InvalidInputException("The crisis was not reported",
					List.of("description must be at most 2000 characters"));
		}
		this.participants.get(participantId);
		Crisis crisis = this.crises
			.save(new Crisis(participantId, kind, description, reportedBy, this.clock.instant()));
		this.participants.setCrisisOpen(participantId, true);
		this.events.publishEvent(new CrisisReported(crisis.getId(), participantId, kind));
		return crisis;
	}

	/** The response came too late: the supervisors take over. */
	@Transactional
	public void escalate(long crisisId) {
		crisis(crisisId).escalate(this.clock.instant());
	}

	@Transactional
	public Crisis respond(long crisisId, CrisisResponse response, String by) {
		InvalidInputException.requireValid(this.validator, response, "The crisis response was not recorded");
		Crisis crisis = crisis(crisisId);
		crisis.respond(response, by, this.clock.instant());
		if (this.crises.countByParticipantIdAndResolvedAtIsNull(crisis.getParticipantId()) == 0) {
			this.participants.setCrisisOpen(crisis.getParticipantId(), false);
		}
		return crisis;
	}

	/**
	 * An arrest or new charges: probation and the court or prosecutor liaison hear of it,
	 * each only where a release covers crisis events (substance-use detail never rides
	 * along). Shared or refused, each attempt is recorded.
	 * @return the parties told
	 */
	@Transactional
	public List<ReleaseParty> tellJusticePartners(long crisisId, String by) {
		Crisis crisis = crisis(crisisId);
		return JUSTICE_PARTNERS.stream()
			.filter(party -> this.consentService
				.disclose(new DisclosureRequest(crisis.getParticipantId(), party,
						EnumSet.of(DisclosureScope.CRISIS_EVENTS), "Arrest or new charges",
						"Crisis reported " + crisis.getReportedAt() + ": " + crisis.getKind()), by)
				.allowed())
			.toList();
	}

	/**
	 * A response to every open crisis of the participant (in follow-up, where one task
	 * answers them).
	 */
	@Transactional
	public List<Crisis> respondToOpen(long participantId, CrisisResponse response, String by) {
		List<Crisis> open = open(participantId);
		open.forEach(crisis -> respond(crisis.getId(), response, by));
		return open;
	}

	/**
	 * The participant's open crises went unanswered in time: the supervisors take over.
	 */
	@Transactional
	public void escalateOpen(long participantId) {
		open(participantId).forEach(crisis -> crisis.escalate(this.clock.instant()));
	}

	private List<Crisis> open(long participantId) {
		return this.crises.findByParticipantIdOrderByReportedAtAsc(participantId)
			.stream()
			.filter(Crisis::isOpen)
			.toList();
	}

	/** Every crisis not resolved yet, the oldest first. */
	@Transactional(readOnly = true)
	public List<Crisis> openCrises() {
		return this.crises.findByResolvedAtIsNullOrderByReportedAtAsc();
	}

	@Transactional(readOnly = true)
	public List<Crisis> reportedBetween(Instant from, Instant until) {
		return this.crises.findByReportedAtGreaterThanEqualAndReportedAtLessThan(from, until);
	}

	/**
	 * Whether the crisis was (or, still open, can still be) answered within the response
	 * time.
	 */
	public boolean answeredInTime(Crisis crisis) {
		Instant due = crisis.getReportedAt().plus(this.settings.responseTime());
		return (crisis.getRespondedAt() != null) ? !crisis.getRespondedAt().isAfter(due)
				: !this.clock.instant().isAfter(due);
	}

	/** When the response to a crisis reported now is due. */
	public Instant responseDue() {
		return this.clock.instant().plus(this.settings.responseTime());
	}

	/** When an unresolved crisis is looked at again. */
	public Instant followUpDue() {
		return this.clock.instant().plus(this.settings.followUpWithin());
	}

	@Transactional(readOnly = true)
	public Crisis crisis(long crisisId) {
		return this.crises.findById(crisisId).orElseThrow(() -> new IllegalArgumentException("No crisis " + crisisId));
	}

	@Transactional(readOnly = true)
	public List<Crisis> crisesOf(long participantId) {
		return this.crises.findByParticipantIdOrderByReportedAtAsc(participantId);
	}

}
