package org.waypoint.casefile;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waypoint.assessment.Assessment;
import org.waypoint.assessment.AssessmentService;
import org.waypoint.assessment.ServiceIntensity;
import org.waypoint.audit.AuditAction;
import org.waypoint.audit.AuditLog;
import org.waypoint.capacity.CapacityService;
import org.waypoint.casefile.CaseFile.AssessmentSummary;
import org.waypoint.casefile.CaseFile.Clinical;
import org.waypoint.casefile.CaseFile.Contacts;
import org.waypoint.casefile.CaseFile.CrisisLine;
import org.waypoint.casefile.CaseFile.GoalLine;
import org.waypoint.casefile.CaseFile.HandoffLine;
import org.waypoint.casefile.CaseFile.Person;
import org.waypoint.casefile.CaseFile.PlanSummary;
import org.waypoint.casefile.CaseFile.ReleaseLine;
import org.waypoint.casefile.CaseFile.Responsivity;
import org.waypoint.casefile.CaseFile.Standing;
import org.waypoint.casefile.CaseFile.Team;
import org.waypoint.casefile.CaseFile.TimelineEntry;
import org.waypoint.caseplan.CasePlan;
import org.waypoint.caseplan.CasePlanService;
import org.waypoint.caseplan.PlanDomain;
import org.waypoint.consent.ConsentService;
import org.waypoint.consent.Release;
import org.waypoint.crisis.Crisis;
import org.waypoint.crisis.CrisisService;
import org.waypoint.discharge.DischargeService;
import org.waypoint.discharge.FollowUp;
import org.waypoint.discharge.FollowUpService;
import org.waypoint.discharge.StepDownReview;
import org.waypoint.engagement.Contact;
import org.waypoint.engagement.ContactCadence;
import org.waypoint.engagement.ContactService;
import org.waypoint.engagement.IntakeService;
import org.waypoint.engagement.OutreachAttempt;
import org.waypoint.engagement.OutreachService;
import org.waypoint.handoff.Handoff;
import org.waypoint.handoff.HandoffService;
import org.waypoint.participant.Enrollment;
import org.waypoint.participant.Participant;
import org.waypoint.participant.ParticipantService;
import org.waypoint.participant.ParticipantStatus;
import org.waypoint.platform.NotFoundException;
import org.waypoint.platform.ShortNames;
import org.waypoint.platform.Words;
import org.waypoint.platform.access.LoginNames;
import org.waypoint.referral.Door;
import org.waypoint.referral.Referral;
import org.waypoint.referral.ReferralService;
import org.waypoint.staff.StaffService;

/**
 * Puts a participant's case file together from the features that keep its parts, as one
 * reader may see it (see {@link CaseFileReader}), and the caseloads as people ordered by
 * what needs them first. Every read of a file is one line in the audit log.
 */
@Service
public class CaseFileService {

	private static final String CLINICAL_WITHHELD = "clinical detail (assessment, plan goals, crisis notes): for the"
			+ " participant's case manager, clinicians and supervisors";

	private static final String SUBSTANCE_USE_WITHHELD = "substance-use information (42 CFR Part 2): for the"
			+ " participant's case manager and clinicians";

	private static final String WITHHELD = "withheld";

	/**
	 * The service models service-intensity.dmn decides, as staff name them (source 003).
	 */
	private static final Map<String, String> SERVICE_MODELS = Map.of("FORENSIC_ACT", "Forensic ACT", "ACT",
			"Assertive community treatment (ACT)", "INTEGRATED_DUAL_DISORDER", "Integrated dual disorder treatment",
			"BASIC", "Basic case management");

	private final ParticipantService participants;

	private final ReferralService referrals;

	private final CapacityService capacity;

	private final ContactService contacts;

	private final ContactCadence cadence;

	private final IntakeService intakes;

	private final OutreachService outreach;

	private final ConsentService consent;

	private final AssessmentService assessments;

	private final CasePlanService plans;

	private final HandoffService handoffs;

	private final CrisisService crises;

	private final DischargeService discharges;

	private final FollowUpService followUps;

	private final StaffService staff;

	private final LoginNames loginNames;

	private final AuditLog auditLog;

	private final Clock clock;

	CaseFileService(ParticipantService participants, ReferralService referrals, CapacityService capacity,
			ContactService contacts, ContactCadence cadence, IntakeService intakes, OutreachService outreach,
			ConsentService consent, AssessmentService assessments, CasePlanService plans, HandoffService handoffs,
			CrisisService crises, DischargeService discharges, FollowUpService followUps, StaffService staff,
			LoginNames loginNames, AuditLog auditLog, Clock clock) {
		this.participants = participants;
		this.referrals = referrals;
		this.capacity = capacity;
		this.contacts = contacts;
		this.cadence = cadence;
		this.intakes = intakes;
		this.outreach = outreach;
		this.consent = consent;
		this.assessments = assessments;
		this.plans = plans;
		this.handoffs = handoffs;
		this.crises = crises;
		this.discharges = discharges;
		this.followUps = followUps;
		this.staff = staff;
		this.loginNames = loginNames;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** The participant's case file, as the reader may see it; audited. */
	@Transactional
	public CaseFile caseFile(long participantId, CaseFileReader reader) {
		Participant participant = this.participants.get(participantId);
		this.auditLog.record(reader.userId(), AuditAction.PARTICIPANT_RECORD_READ, participantId, "case file");
		Enrollment enrollment = this.participants.currentEnrollment(participantId);
		Referral referral = this.referrals.find(enrollment.getReferralId()).orElseThrow();
		String caseManager = participant.getCaseManagerId();
		String cover = (caseManager != null) ? this.capacity.coverOf(caseManager).orElse(null) : null;
		boolean clinical = reader.seesClinicalDetail(caseManager, cover);
		boolean substanceUse = reader.seesSubstanceUse(caseManager, cover);
		List<String> withheld = new ArrayList<>();
		if (!clinical) {
			withheld.add(CLINICAL_WITHHELD);
		}
		if (!substanceUse) {
			withheld.add(SUBSTANCE_USE_WITHHELD);
		}
		return new CaseFile(person(participant, enrollment, referral), standing(participant, enrollment),
				team(participantId, caseManager, cover), contacts(participant, substanceUse),
				releases(participantId, substanceUse), clinical ? assessment(participantId, substanceUse) : null,
				clinical ? plan(participantId, substanceUse) : null, handoffs(participantId, substanceUse),
				openCrisis(participantId, clinical, substanceUse),
				timeline(participant, enrollment, referral, substanceUse), List.copyOf(withheld));
	}

	/**
	 * The file of a referral not yet a participant's (screening): who was referred, by
	 * whom and why. Once enrolled, the participant's case file.
	 */
	@Transactional
	public CaseFile referralFile(long referralId, CaseFileReader reader) {
		Optional<Enrollment> enrollment = this.participants.enrollmentOfReferral(referralId);
		if (enrollment.isPresent()) {
			return caseFile(enrollment.get().getParticipantId(), reader);
		}
		Referral referral = this.referrals.find(referralId).orElseThrow();
		this.auditLog.record(reader.userId(), AuditAction.PARTICIPANT_RECORD_READ, null,
				"case file of referral " + referralId);
		Person person = new Person(null, referral.getFirstName() + " " + referral.getLastName(),
				referral.getDateOfBirth(), age(referral.getDateOfBirth()), null, Words.of(referral.getDoor()),
				referral.getReferringAgency(), referral.getReferringOfficer(), referral.getReason(),
				referral.getContactHints(), referral.getReceivedAt());
		Standing standing = new Standing("REFERRED", "Referred, " + Words.lowerCase(referral.getStatus()),
				referral.getReceivedAt(), null);
		List<TimelineEntry> timeline = new ArrayList<>(referralEvents(referral));
		timeline.sort(Comparator.comparing(TimelineEntry::at).reversed());
		return new CaseFile(person, standing, null, null, List.of(), null, null, List.of(), null, timeline, List.of());
	}

	/** What the screening of a referral decided; audited. */
	@Transactional
	public ScreeningOutcome screeningOutcome(long referralId, String reader) {
		Referral referral = this.referrals.find(referralId)
			.orElseThrow(() -> new NotFoundException("No referral " + referralId));
		Optional<Enrollment> enrollment = this.participants.enrollmentOfReferral(referralId);
		this.auditLog.record(reader, AuditAction.PARTICIPANT_RECORD_READ,
				enrollment.map(Enrollment::getParticipantId).orElse(null),
				"screening outcome of referral " + referralId);
		String name = ShortNames.of(referral.getFirstName(), referral.getLastName());
		return enrollment
			.map(taken -> new ScreeningOutcome(name, referral.getStatus().name(), referral.getStatusReason(),
					taken.getCaseNumber(), nameOf(this.participants.get(taken.getParticipantId()).getCaseManagerId()),
					intakeDue(taken)))
			.orElseGet(() -> new ScreeningOutcome(name, referral.getStatus().name(), referral.getStatusReason(), null,
					null, null));
	}

	/**
	 * The participants these case managers hold, most in need first (see
	 * {@link CaseloadRow}).
	 */
	@Transactional(readOnly = true)
	public List<CaseloadRow> caseloadOf(List<String> caseManagerIds) {
		Instant now = this.clock.instant();
		return this.participants.caseloadOf(caseManagerIds)
			.stream()
			.map(participant -> row(participant, this.participants.currentEnrollment(participant.getId()),
					this.contacts.lastSeen(participant.getId()), now))
			.sorted(CaseloadRow.MOST_IN_NEED_FIRST)
			.toList();
	}

	/**
	 * Every participant enrolled now as caseload rows, whoever holds them: a case manager
	 * who left still holds theirs until the handover moves them.
	 */
	@Transactional(readOnly = true)
	public List<CaseloadRow> everyoneEnrolled() {
		Instant now = this.clock.instant();
		// the same queries for 10 or 10,000 participants: one per kind of record
		Map<Long, Enrollment> enrollments = this.participants.currentEnrollments();
		Map<Long, Instant> lastSeen = this.contacts.lastSeenOfEveryone();
		return this.participants.enrolled()
			.stream()
			.map(participant -> row(participant, enrollments.get(participant.getId()),
					Optional.ofNullable(lastSeen.get(participant.getId())), now))
			.toList();
	}

	/**
	 * The case managers whose caseloads a login works today: their own and any they
	 * cover.
	 */
	@Transactional(readOnly = true)
	public List<String> caseloadsWorkedBy(String userId) {
		List<String> caseManagers = new ArrayList<>();
		caseManagers.add(userId);
		caseManagers.addAll(this.capacity.coveredBy(userId));
		return caseManagers;
	}

	private CaseloadRow row(Participant participant, Enrollment enrollment, Optional<Instant> lastSeen, Instant now) {
		Instant nextContact = this.cadence.nextContactDue(participant, lastSeen);
		Instant intakeDue = (participant.getStatus() == ParticipantStatus.ENGAGING) ? intakeDue(enrollment) : null;
		return new CaseloadRow(participant.getId(), enrollment.getCaseNumber(),
				participant.getFirstName() + " " + participant.getLastName(), participant.getStatus().name(),
				standing(participant, enrollment).summary(), participant.getCaseManagerId(), participant.isCrisisOpen(),
				nextContact, !now.isBefore(nextContact), lastSeen.orElse(null), participant.getInTheWindSince(),
				intakeDue);
	}

	private Person person(Participant participant, Enrollment enrollment, Referral referral) {
		return new Person(participant.getId(), participant.getFirstName() + " " + participant.getLastName(),
				participant.getDateOfBirth(), age(participant.getDateOfBirth()), enrollment.getCaseNumber(),
				Words.of(referral.getDoor()), referral.getReferringAgency(), referral.getReferringOfficer(),
				referral.getReason(), referral.getContactHints(), referral.getReceivedAt());
	}

	private Standing standing(Participant participant, Enrollment enrollment) {
		ParticipantStatus status = participant.getStatus();
		Instant since = participant.getStatusSince();
		Instant intakeDue = (status == ParticipantStatus.ENGAGING) ? intakeDue(enrollment) : null;
		String summary = switch (status) {
			case ENGAGING -> intakeDue.isAfter(this.clock.instant())
					? "Engaging, intake due in " + days(this.clock.instant(), intakeDue)
					: "Engaging, intake overdue by " + days(intakeDue, this.clock.instant());
			case IN_THE_WIND -> "In the wind for "
					+ days(Optional.ofNullable(participant.getInTheWindSince()).orElse(since), this.clock.instant());
			case INACTIVE -> "Inactive for " + days(since, this.clock.instant()) + ", still sought";
			case DISCHARGED -> "In follow-up since " + LocalDate.ofInstant(since, ZoneOffset.UTC);
			default -> Words.of(status);
		};
		return new Standing(status.name(), summary, since, intakeDue);
	}

	private Instant intakeDue(Enrollment enrollment) {
		return this.intakes.intakeDue(enrollment);
	}

	private Team team(long participantId, String caseManager, String cover) {
		String followUpWorker = this.followUps.followUpsOf(participantId)
			.stream()
			.filter(followUp -> followUp.getClosedAt() == null)
			.map(FollowUp::getFollowUpWorker)
			.findFirst()
			.orElse(null);
		return new Team(caseManager, nameOf(caseManager), cover, nameOf(cover), followUpWorker);
	}

	private String nameOf(String userId) {
		return (userId != null) ? this.staff.displayNameOf(userId).orElseGet(() -> this.loginNames.nameOf(userId))
				: null;
	}

	private Contacts contacts(Participant participant, boolean substanceUse) {
		long participantId = participant.getId();
		Optional<Contact> last = this.contacts.contactsOf(participantId).stream().findFirst();
		boolean enrolled = participant.getStatus().isEnrolled();
		return new Contacts(serviceModel(participant.getServiceModel(), substanceUse),
				participant.getContactEveryDays(), last.map(Contact::getOccurredAt).orElse(null),
				last.map(contact -> Words.of(contact.getPlace())).orElse(null),
				enrolled ? this.cadence.nextContactDue(participantId) : null,
				enrolled && this.cadence.contactOverdue(participantId));
	}

	private List<ReleaseLine> releases(long participantId, boolean substanceUse) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		return this.consent.releasesOf(participantId)
			.stream()
			.map(release -> (substanceUse || !release.revealsSubstanceUse())
					? new ReleaseLine(Words.of(release.getParty()), release.getPartyName(),
							release.getScopes().stream().map(Words::of).sorted().toList(), release.getExpiresOn(),
							release.isInForceOn(today), release.getRevokedAt())
					: new ReleaseLine(WITHHELD, null, List.of(), release.getExpiresOn(), release.isInForceOn(today),
							release.getRevokedAt()))
			.toList();
	}

	private AssessmentSummary assessment(long participantId, boolean substanceUse) {
		return this.assessments.latestUnderway(participantId).map(assessment -> {
			Map<String, String> needs = new LinkedHashMap<>();
			assessment.needs()
				.forEach((need, level) -> needs.put(Words.of(need), (level != null) ? Words.of(level) : null));
			Responsivity responsivity = new Responsivity(assessment.getLanguage(), assessment.getLiteracySupport(),
					assessment.getTraumaInformed(), assessment.getCognitiveNeeds(),
					assessment.getPreferredTimesAndPlaces());
			Clinical clinical = new Clinical(impairments(assessment), assessment.getSeriousMentalIllness(),
					assessment.getJailStays(), assessment.getHospitalStays(), assessment.getClinicianNote());
			return new AssessmentSummary(assessment.getCaseManagerPartAt(), assessment.getCompletedAt(),
					Words.of(assessment.getRiskLevel()), needs, responsivity, assessment.getCaseManagerNote(), clinical,
					substanceUse ? Words.of(assessment.getSubstanceUseSeverity()) : null,
					serviceModel(assessment.getServiceModel(), substanceUse), assessment.getContactEveryDays(),
					assessment.getPeerRecommended());
		}).orElse(null);
	}

	private static String impairments(Assessment assessment) {
		return "work " + Words.of(assessment.getImpairmentWork()) + ", appointments "
				+ Words.of(assessment.getImpairmentAppointments()) + ", medication "
				+ Words.of(assessment.getImpairmentMedication());
	}

	/** The plan's goals; a goal about substance use only for those who may see it. */
	private PlanSummary plan(long participantId, boolean substanceUse) {
		return this.plans.latest(participantId)
			.map(plan -> new PlanSummary(plan.getVersion(), Words.of(plan.getStatus()), plan.getSubmittedAt(),
					plan.getReviewedAt(),
					plan.getGoals()
						.stream()
						.map(goal -> (substanceUse || goal.getDomain() != PlanDomain.SUBSTANCE_USE)
								? new GoalLine(Words.of(goal.getDomain()), goal.getGoal(), goal.getActions(),
										goal.getTargetDate(), Words.of(goal.getStatus()))
								: new GoalLine(WITHHELD, null, null, goal.getTargetDate(), Words.of(goal.getStatus())))
						.toList()))
			.orElse(null);
	}

	private List<HandoffLine> handoffs(long participantId, boolean substanceUse) {
		return this.handoffs.handoffsOf(participantId).stream().map(handoff -> {
			if (!substanceUse && handoff.revealsSubstanceUse()) {
				return new HandoffLine(WITHHELD, null, null, null, null, null, null, handoff.isOpen());
			}
			var appointment = this.handoffs.latestAppointment(handoff.getId());
			return new HandoffLine(Words.of(handoff.getServiceType()), handoff.getProviderName(),
					handoff.getProviderContact(), appointment.map(visit -> visit.getScheduledFor()).orElse(null),
					appointment.map(visit -> visit.getPlace()).orElse(null),
					appointment.map(visit -> Words.of(visit.getAccompanier())).orElse(null),
					(handoff.getOutcome() != null) ? Words.of(handoff.getOutcome()) : null, handoff.isOpen());
		}).toList();
	}

	private CrisisLine openCrisis(long participantId, boolean clinical, boolean substanceUse) {
		return this.crises.crisesOf(participantId)
			.stream()
			.filter(Crisis::isOpen)
			.reduce((first, later) -> later)
			.map(crisis -> new CrisisLine(kind(crisis, substanceUse), crisis.getReportedAt(), crisis.getReportedBy(),
					clinical ? crisis.getDescription() : null, crisis.getRespondedAt(),
					crisis.getEscalatedAt() != null))
			.orElse(null);
	}

	private List<TimelineEntry> timeline(Participant participant, Enrollment enrollment, Referral referral,
			boolean substanceUse) {
		long participantId = participant.getId();
		List<TimelineEntry> events = new ArrayList<>(referralEvents(referral));
		events.add(new TimelineEntry(enrollment.getEnrolledAt(),
				"Enrolled as " + enrollment.getCaseNumber() + " with " + nameOf(participant.getCaseManagerId())));
		if (enrollment.getIntakeCompletedAt() != null) {
			events.add(new TimelineEntry(enrollment.getIntakeCompletedAt(), "Intake completed"));
		}
		for (Contact contact : this.contacts.contactsOf(participantId)) {
			events.add(new TimelineEntry(contact.getOccurredAt(),
					(contact.isWithParticipant() ? "Contact, " : "Contact about them, ")
							+ Words.lowerCase(contact.getPlace()) + ", by "
							+ nameOf(Optional.ofNullable(contact.getStaffUserId()).orElse(contact.getRecordedBy()))));
		}
		for (OutreachAttempt attempt : this.outreach.attemptsOf(participantId)) {
			events.add(new TimelineEntry(attempt.getAttemptedAt(),
					"Outreach attempt " + attempt.getAttemptNumber()
							+ (attempt.isLocated() ? ": located" : ": not found") + ", by "
							+ nameOf(attempt.getAttemptedBy())));
		}
		for (Release release : this.consent.releasesOf(participantId)) {
			String party = (substanceUse || !release.revealsSubstanceUse()) ? Words.of(release.getParty()) : WITHHELD;
			events.add(new TimelineEntry(release.getRecordedAt(), "Release of information recorded: " + party));
			if (release.getRevokedAt() != null) {
				events.add(new TimelineEntry(release.getRevokedAt(), "Release of information revoked: " + party));
			}
		}
		this.assessments.latestCompleted(participantId)
			.ifPresent(assessment -> events.add(new TimelineEntry(assessment.getCompletedAt(),
					"Assessment completed: " + serviceModel(assessment.getServiceModel(), substanceUse)
							+ ", a contact every " + assessment.getContactEveryDays() + " days")));
		for (CasePlan plan : this.plans.versions(participantId)) {
			events.add(new TimelineEntry(plan.getSubmittedAt(), "Case plan version " + plan.getVersion() + " drafted"));
			if (plan.getReviewedAt() != null) {
				events.add(new TimelineEntry(plan.getReviewedAt(), "Case plan version " + plan.getVersion() + " "
						+ Words.lowerCase(plan.getStatus()) + " by " + nameOf(plan.getReviewedBy())));
			}
		}
		for (Handoff handoff : this.handoffs.handoffsOf(participantId)) {
			String service = (substanceUse || !handoff.revealsSubstanceUse()) ? Words.of(handoff.getServiceType())
					: WITHHELD;
			events.add(new TimelineEntry(handoff.getRequestedAt(), "Warm handoff started: " + service));
			if (handoff.getClosedAt() != null) {
				events.add(new TimelineEntry(handoff.getClosedAt(), "Warm handoff closed: " + service
						+ ((handoff.getOutcome() != null) ? ", " + Words.lowerCase(handoff.getOutcome()) : "")));
			}
		}
		for (Crisis crisis : this.crises.crisesOf(participantId)) {
			events.add(new TimelineEntry(crisis.getReportedAt(), "Crisis reported: " + kind(crisis, substanceUse)));
			if (crisis.getRespondedAt() != null) {
				events.add(new TimelineEntry(crisis.getRespondedAt(),
						"Crisis answered by " + nameOf(crisis.getRespondedBy())));
			}
		}
		for (StepDownReview review : this.discharges.stepDownReviewsOf(participantId)) {
			events.add(new TimelineEntry(review.getProposedAt(),
					"Step-down proposed by " + nameOf(review.getProposedBy())));
			events.add(new TimelineEntry(review.getReviewedAt(), "Step-down "
					+ (review.isApproved() ? "approved" : "returned") + " by " + nameOf(review.getReviewedBy())));
		}
		if (enrollment.getEndedAt() != null) {
			events.add(new TimelineEntry(enrollment.getEndedAt(),
					"Case management ended: " + Words.of(enrollment.getEndReason())));
		}
		for (FollowUp followUp : this.followUps.followUpsOf(participantId)) {
			this.followUps.checkInsOf(followUp.getId())
				.forEach(checkIn -> events.add(new TimelineEntry(checkIn.getRecordedAt(), "Follow-up, day "
						+ checkIn.getDay() + ": " + (checkIn.isReached() ? "reached" : "not reached"))));
		}
		events.sort(Comparator.comparing(TimelineEntry::at).reversed());
		return events;
	}

	private List<TimelineEntry> referralEvents(Referral referral) {
		List<TimelineEntry> events = new ArrayList<>();
		events.add(new TimelineEntry(referral.getReceivedAt(),
				"Referred by " + Optional.ofNullable(referral.getReferringAgency()).orElse(referral.getSubmittedBy())
						+ " (" + Words.lowerCase(referral.getDoor()) + ")"));
		this.capacity.decisionsOn(referral.getId())
			.forEach(decision -> events.add(new TimelineEntry(decision.getDecidedAt(), "Capacity decision: "
					+ (decision.isAccepted() ? "accepted. " : "declined. ") + decision.getReason())));
		return events;
	}

	/**
	 * The service model in words; integrated dual disorder treatment tells of a
	 * substance-use disorder (42 CFR Part 2), so only for those who may know it.
	 */
	private static String serviceModel(String code, boolean substanceUse) {
		if (code == null) {
			return null;
		}
		return (substanceUse || !ServiceIntensity.revealsSubstanceUse(code)) ? SERVICE_MODELS.getOrDefault(code, code)
				: WITHHELD;
	}

	/** A relapse or an overdose is substance-use information too (42 CFR Part 2). */
	private static String kind(Crisis crisis, boolean substanceUse) {
		return (substanceUse || !crisis.getKind().isSubstanceUseInformation()) ? Words.of(crisis.getKind()) : WITHHELD;
	}

	private Integer age(LocalDate dateOfBirth) {
		return (dateOfBirth != null)
				? Period.between(dateOfBirth, LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC)).getYears()
				: null;
	}

	private static String days(Instant from, Instant to) {
		long days = Duration.between(from, to).toDays();
		return days + ((days == 1) ? " day" : " days");
	}

}
