package org.waypoint.handoff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Validator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waypoint.consent.ConsentService;
import org.waypoint.consent.DisclosureRequest;
import org.waypoint.consent.DisclosureResult;
import org.waypoint.consent.DisclosureScope;
import org.waypoint.consent.ReleaseParty;
import org.waypoint.handoff.HandoffTerms.ConfirmedWith;
import org.waypoint.handoff.HandoffTerms.Origin;
import org.waypoint.handoff.HandoffTerms.Outcome;
import org.waypoint.participant.ParticipantService;
import org.waypoint.platform.InvalidInputException;

/**
 * Warm handoffs (source 003): the case manager or a peer specialist takes the participant
 * to the provider; a phone referral alone does not count. Engagement is confirmed with
 * the provider only under a release of information.
 */
@Service
public class HandoffService {

	private final HandoffRepository handoffs;

	private final HandoffAppointmentRepository appointments;

	private final ParticipantService participants;

	private final ConsentService consentService;

	private final HandoffSettings settings;

	private final Validator validator;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	HandoffService(HandoffRepository handoffs, HandoffAppointmentRepository appointments,
			ParticipantService participants, ConsentService consentService, HandoffSettings settings,
			Validator validator, ApplicationEventPublisher events, Clock clock) {
		this.handoffs = handoffs;
		this.appointments = appointments;
		this.participants = participants;
		this.consentService = consentService;
		this.settings = settings;
		this.validator = validator;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Handoff open(long participantId, ServiceType serviceType, Origin origin, Long planId, String providerName,
			String requestedBy) {
		if (serviceType == null) {
			throw new InvalidInputException("The handoff was not started", List.of("serviceType is required"));
		}
		if (providerName != null && providerName.length() > Handoff.PROVIDER_NAME_LENGTH) {
			throw new InvalidInputException("The handoff was not started",
					List.of("providerName must be at most " + Handoff.PROVIDER_NAME_LENGTH + " characters"));
		}
		this.participants.get(participantId);
		return this.handoffs.save(new Handoff(participantId, serviceType, origin, planId, providerName, requestedBy,
				this.clock.instant()));
	}

	/**
	 * A case manager asks for a handoff outside the plan; the participant's case starts
	 * it.
	 */
	@Transactional
	public Handoff request(long participantId, ServiceType serviceType, String providerName, String requestedBy) {
		Handoff handoff = open(participantId, serviceType, Origin.CASE_MANAGER, null, providerName, requestedBy);
		this.events.publishEvent(new HandoffRequested(handoff.getId(), participantId));
		return handoff;
	}

	/**
	 * The handoffs a newly approved plan asks for: one per service its goals name, unless
	 * one to that service is under way or already engaged.
	 */
	@Transactional
	public List<Handoff> openForPlan(long participantId, Long planId, List<ServiceType> services, String requestedBy) {
		Set<ServiceType> covered = EnumSet.noneOf(ServiceType.class);
		this.handoffs.findByParticipantIdOrderByIdAsc(participantId)
			.stream()
			.filter(handoff -> handoff.isOpen() || handoff.getOutcome() == Outcome.ENGAGED)
			.forEach(handoff -> covered.add(handoff.getServiceType()));
		return services.stream()
			.distinct()
			.filter(service -> !covered.contains(service))
			.map(service -> open(participantId, service, Origin.CASE_PLAN, planId, null, requestedBy))
			.toList();
	}

	/**
	 * Schedules an appointment; a handoff that can only be a phone referral closes as
	 * one.
	 */
	@Transactional
	public HandoffAppointment schedule(long handoffId, NewAppointment appointment, String scheduledBy) {
		InvalidInputException.requireValid(this.validator, appointment, "The appointment was not scheduled");
		Handoff handoff = handoff(handoffId);
		handoff.schedule(appointment.providerName().strip(), appointment.providerContact());
		return this.appointments.save(new HandoffAppointment(handoffId, appointment, scheduledBy));
	}

	@Transactional
	public Handoff recordPhoneReferralOnly(long handoffId, String providerName, String note, String by) {
		Handoff handoff = handoff(handoffId);
		if (providerName == null || providerName.isBlank()) {
			throw new InvalidInputException("The phone referral was not recorded", List.of("providerName is required"));
		}
		handoff.schedule(providerName.strip(), null);
		handoff.close(Outcome.PHONE_REFERRAL_ONLY, null, note, by, this.clock.instant());
		return handoff;
	}

	@Transactional
	public HandoffAppointment recordVisit(long handoffId, VisitReport visit, String by) {
		InvalidInputException.requireValid(this.validator, visit, "The visit was not recorded");
		HandoffAppointment appointment = this.appointments.findFirstByHandoffIdOrderByIdDesc(handoffId)
			.orElseThrow(() -> new IllegalStateException("Handoff " + handoffId + " has no appointment"));
		appointment.record(visit, by, this.clock.instant());
		return appointment;
	}

	/** How long after the visit engagement is confirmed (a site setting). */
	public Duration confirmAfter() {
		return this.settings.confirmAfter();
	}

	/** Whether a missed appointment may be rescheduled (a site limit). */
	@Transactional(readOnly = true)
	public boolean mayReschedule(long handoffId) {
		return handoff(handoffId).getAppointments() < this.settings.appointmentsAllowed();
	}

	/** Whether the provider may be asked about engagement: a release must allow it. */
	@Transactional(readOnly = true)
	public boolean providerMayBeAsked(long handoffId) {
		Handoff handoff = handoff(handoffId);
		return this.consentService
			.wouldAllow(engagementCheck(handoff.getParticipantId(), handoff.getServiceType(), null));
	}

	/**
	 * The handoff's outcome. Engagement confirmed with the provider passes the consent
	 * check first; without a release, the participant's own word is recorded instead.
	 */
	@Transactional
	public Handoff close(long handoffId, Outcome outcome, ConfirmedWith confirmedWith, String note, String by) {
		if (outcome == null || outcome == Outcome.PHONE_REFERRAL_ONLY) {
			throw new InvalidInputException("The handoff was not closed",
					List.of("outcome must be ENGAGED, NOT_ENGAGED, DECLINED_BY_PARTICIPANT or PROVIDER_REFUSED"));
		}
		Handoff handoff = handoff(handoffId);
		if (confirmedWith == ConfirmedWith.PROVIDER) {
			askProvider(handoff.getParticipantId(), handoff.getServiceType(),
					"Confirming that the participant engaged with " + handoff.getProviderName(), by,
					"The handoff was not closed");
		}
		handoff.close(outcome, confirmedWith, note, by, this.clock.instant());
		return handoff;
	}

	/**
	 * Asking a provider about the participant's engagement tells them the person is in
	 * the program: it passes the consent check, and is recorded, shared or refused. A
	 * refusal stops what was being recorded ({@code error}): the participant is asked
	 * instead.
	 */
	@Transactional
	public void askProvider(long participantId, ServiceType service, String content, String by, String error) {
		DisclosureResult check = this.consentService.disclose(engagementCheck(participantId, service, content), by);
		if (!check.allowed()) {
			throw new InvalidInputException(error, List.of(check.reason() + ": ask the participant instead"));
		}
	}

	/** Closes a handoff after the appointments allowed were missed. */
	@Transactional
	public Handoff closeNotEngaged(long handoffId, String why) {
		Handoff handoff = handoff(handoffId);
		handoff.close(Outcome.NOT_ENGAGED, null, why, null, this.clock.instant());
		return handoff;
	}

	@Transactional(readOnly = true)
	public Handoff handoff(long handoffId) {
		return this.handoffs.findById(handoffId)
			.orElseThrow(() -> new IllegalArgumentException("No handoff " + handoffId));
	}

	@Transactional(readOnly = true)
	public List<Handoff> closedBetween(Instant from, Instant until) {
		return this.handoffs.findByClosedAtGreaterThanEqualAndClosedAtLessThan(from, until);
	}

	@Transactional(readOnly = true)
	public List<Handoff> handoffsOf(long participantId) {
		return this.handoffs.findByParticipantIdOrderByIdAsc(participantId);
	}

	/** The handoff's latest appointment, if one was made. */
	@Transactional(readOnly = true)
	public Optional<HandoffAppointment> latestAppointment(long handoffId) {
		return this.appointments.findFirstByHandoffIdOrderByIdDesc(handoffId);
	}

	/** Closed handoffs by outcome, for the program's reports. */
	@Transactional(readOnly = true)
	public Map<Outcome, Long> outcomes() {
		Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
		this.handoffs.findByOutcomeIsNotNull().forEach(handoff -> counts.merge(handoff.getOutcome(), 1L, Long::sum));
		return counts;
	}

	/**
	 * The release a provider of this kind needs: participation, and for SUD treatment 42
	 * CFR Part 2.
	 */
	private static DisclosureRequest engagementCheck(long participantId, ServiceType service, String content) {
		Set<DisclosureScope> scopes = service.isSubstanceUseInformation()
				? EnumSet.of(DisclosureScope.PARTICIPATION, DisclosureScope.SUBSTANCE_USE)
				: EnumSet.of(DisclosureScope.PARTICIPATION);
		return new DisclosureRequest(participantId, partyFor(service), scopes, "Confirm engagement with a provider",
				content);
	}

	static ReleaseParty partyFor(ServiceType service) {
		return switch (service) {
			case MENTAL_HEALTH -> ReleaseParty.MENTAL_HEALTH_PROVIDER;
			case SUBSTANCE_USE_TREATMENT -> ReleaseParty.SUBSTANCE_USE_PROVIDER;
			case HOUSING -> ReleaseParty.HOUSING_PROVIDER;
			case BENEFITS_INCOME -> ReleaseParty.BENEFITS_AGENCY;
			case HEALTH_CARE -> ReleaseParty.HEALTH_CARE_PROVIDER;
			case PEER_RUN_ORGANIZATION -> ReleaseParty.PEER_ORGANIZATION;
			case EDUCATION_EMPLOYMENT -> ReleaseParty.EDUCATION_EMPLOYMENT;
		};
	}

}
