package org.waypoint.program;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waypoint.capacity.CapacityService;
import org.waypoint.casefile.CaseFileService;
import org.waypoint.casefile.CaseloadRow;
import org.waypoint.consent.ConsentService;
import org.waypoint.crisis.Crisis;
import org.waypoint.crisis.CrisisService;
import org.waypoint.discharge.FollowUpService;
import org.waypoint.engagement.ContactService;
import org.waypoint.participant.Enrollment;
import org.waypoint.participant.Participant;
import org.waypoint.participant.ParticipantService;
import org.waypoint.platform.Words;
import org.waypoint.platform.access.LoginNames;
import org.waypoint.program.AtRisk.Row;
import org.waypoint.program.CaseloadsNow.CaseManagerLine;
import org.waypoint.program.CaseloadsNow.DoorDecisions;
import org.waypoint.referral.ReferralService;

/**
 * Puts the program view together from the features' own records: nothing here is typed in
 * by hand, every figure is counted from what the features hold now.
 */
@Service
public class ProgramView {

	/** Intakes due within this long are listed, with those overdue. */
	static final Duration INTAKE_SOON = Duration.ofDays(7);

	/** Releases ending within this long are listed. */
	static final Period RELEASE_SOON = Period.ofDays(30);

	private final CapacityService capacity;

	private final ReferralService referrals;

	private final CaseFileService caseFiles;

	private final ParticipantService participants;

	private final ContactService contacts;

	private final CrisisService crises;

	private final ConsentService consent;

	private final FollowUpService followUps;

	private final LoginNames loginNames;

	private final ProgramNumbers numbers;

	private final Clock clock;

	ProgramView(CapacityService capacity, ReferralService referrals, CaseFileService caseFiles,
			ParticipantService participants, ContactService contacts, CrisisService crises, ConsentService consent,
			FollowUpService followUps, LoginNames loginNames, ProgramNumbers numbers, Clock clock) {
		this.capacity = capacity;
		this.referrals = referrals;
		this.caseFiles = caseFiles;
		this.participants = participants;
		this.contacts = contacts;
		this.crises = crises;
		this.consent = consent;
		this.followUps = followUps;
		this.loginNames = loginNames;
		this.numbers = numbers;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public CaseloadsNow caseloads() {
		List<CaseManagerLine> lines = this.capacity.staffCaseloads()
			.stream()
			.map(line -> new CaseManagerLine(line.caseManagerId(), this.loginNames.nameOf(line.caseManagerId()),
					line.participants(), line.intensive(), line.ownLimit(), line.away(), line.coveredBy()))
			.toList();
		return new CaseloadsNow(lines, this.capacity.summary().average(), this.numbers.averageLimit(),
				this.numbers.pacingThreshold(), this.capacity.cap(), this.numbers.intensiveStandard(),
				this.referrals.waitingForScreening(), decisionsThisMonth());
	}

	private List<DoorDecisions> decisionsThisMonth() {
		Instant firstOfMonth = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC)
			.withDayOfMonth(1)
			.atStartOfDay(ZoneOffset.UTC)
			.toInstant();
		return DecisionsByDoor.of(this.capacity.decisionsSince(firstOfMonth), this.referrals);
	}

	@Transactional(readOnly = true)
	public AtRisk atRisk() {
		Instant now = this.clock.instant();
		List<CaseloadRow> everyone = this.caseFiles.everyoneEnrolled();
		List<Row> inTheWind = new ArrayList<>();
		List<Row> inactive = new ArrayList<>();
		List<Row> contactOverdue = new ArrayList<>();
		List<Row> intakesDue = new ArrayList<>();
		for (CaseloadRow row : everyone) {
			switch (row.status()) {
				case "IN_THE_WIND" -> inTheWind.add(sinceLastContact(row, now));
				case "INACTIVE" -> inactive.add(sinceLastContact(row, now));
				case "ENGAGING" -> {
					if (row.intakeDue() != null && row.intakeDue().isBefore(now.plus(INTAKE_SOON))) {
						intakesDue.add(row(row, row.intakeDue(), days(now, row.intakeDue()),
								(row.intakeDue().isBefore(now) ? "intake overdue" : "intake due"), null));
					}
				}
				default -> {
					if (row.contactOverdue()) {
						contactOverdue.add(row(row, row.nextContactDue(), days(row.nextContactDue(), now),
								"contact due " + Words.of(day(row.nextContactDue())), null));
					}
				}
			}
		}
		Comparator<Row> longestFirst = Comparator.comparingLong(Row::days).reversed();
		inTheWind.sort(longestFirst);
		inactive.sort(longestFirst);
		contactOverdue.sort(longestFirst);
		intakesDue.sort(Comparator.comparing(Row::at));
		return new AtRisk(inTheWind, inactive, contactOverdue, intakesDue, openCrises(now), releasesExpiring(),
				followUpsNotReached(now));
	}

	private Row sinceLastContact(CaseloadRow row, Instant now) {
		Instant lastContact = this.contacts.lastSeen(row.participantId()).orElse(row.inTheWindSince());
		return row(row, lastContact, days(lastContact, now), "last contact " + Words.of(day(lastContact)), null);
	}

	private List<Row> openCrises(Instant now) {
		return this.crises.openCrises().stream().map(crisis -> {
			boolean inTime = this.crises.answeredInTime(crisis);
			String answer = (crisis.getRespondedAt() != null)
					? (inTime ? "answered within the response time" : "answered late")
					: (inTime ? "not answered yet" : "not answered, past the response time");
			// those who oversee the program may not know of substance use (42 CFR Part 2)
			String kind = crisis.getKind().isSubstanceUseInformation() ? "Crisis (its kind withheld: 42 CFR Part 2)"
					: Words.of(crisis.getKind());
			return row(crisis.getParticipantId(), crisis.getReportedAt(), days(crisis.getReportedAt(), now),
					kind + ", reported " + hoursAgo(crisis, now) + ", " + answer, inTime);
		}).toList();
	}

	private static String hoursAgo(Crisis crisis, Instant now) {
		long hours = Duration.between(crisis.getReportedAt(), now).toHours();
		return (hours == 1) ? "1 hour ago" : hours + " hours ago";
	}

	private List<Row> releasesExpiring() {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		return this.consent.expiringWithin(RELEASE_SOON)
			.stream()
			.filter(release -> !release.revealsSubstanceUse())
			.map(release -> row(release.getParticipantId(),
					release.getExpiresOn().atStartOfDay(ZoneOffset.UTC).toInstant(),
					ChronoUnit.DAYS.between(today, release.getExpiresOn()),
					Words.of(release.getParty()) + " release ends " + Words.of(release.getExpiresOn()), null))
			.toList();
	}

	private List<Row> followUpsNotReached(Instant now) {
		List<Row> rows = new ArrayList<>();
		this.followUps.notReached()
			.forEach((followUp, checkIn) -> rows.add(row(followUp.getParticipantId(), checkIn.getRecordedAt(),
					days(checkIn.getRecordedAt(), now),
					"day " + checkIn.getDay() + " check-in, attempt " + checkIn.getAttempt() + ": not reached", null)));
		return rows;
	}

	private Row row(CaseloadRow row, Instant at, long days, String detail, Boolean inTime) {
		return new Row(row.participantId(), row.caseNumber(), row.name(), nameOf(row.caseManagerId()), at, days, detail,
				inTime);
	}

	private Row row(long participantId, Instant at, long days, String detail, Boolean inTime) {
		Participant participant = this.participants.get(participantId);
		Enrollment enrollment = this.participants.currentEnrollment(participantId);
		return new Row(participantId, enrollment.getCaseNumber(),
				participant.getFirstName() + " " + participant.getLastName(), nameOf(participant.getCaseManagerId()),
				at, days, detail, inTime);
	}

	private String nameOf(String userId) {
		return (userId != null) ? this.loginNames.nameOf(userId) : null;
	}

	private static long days(Instant from, Instant to) {
		return Duration.between(from, to).toDays();
	}

	private static LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, ZoneOffset.UTC);
	}

}
