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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waypoint.capacity.CapacityService;
import org.waypoint.capacity.CaseloadStandards;
import org.waypoint.capacity.StaffCaseload;
import org.waypoint.casefile.CaseFileService;
import org.waypoint.casefile.CaseloadRow;
import org.waypoint.consent.ConsentService;
import org.waypoint.consent.Release;
import org.waypoint.crisis.Crisis;
import org.waypoint.crisis.CrisisService;
import org.waypoint.discharge.CheckIn;
import org.waypoint.discharge.FollowUp;
import org.waypoint.discharge.FollowUpService;
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

	private final CrisisService crises;

	private final ConsentService consent;

	private final FollowUpService followUps;

	private final LoginNames loginNames;

	private final Clock clock;

	ProgramView(CapacityService capacity, ReferralService referrals, CaseFileService caseFiles,
			ParticipantService participants, CrisisService crises, ConsentService consent, FollowUpService followUps,
			LoginNames loginNames, Clock clock) {
		this.capacity = capacity;
		this.referrals = referrals;
		this.caseFiles = caseFiles;
		this.participants = participants;
		this.crises = crises;
		this.consent = consent;
		this.followUps = followUps;
		this.loginNames = loginNames;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public CaseloadsNow caseloads() {
		List<StaffCaseload> staff = this.capacity.staffCaseloads();
		Map<String, String> names = this.loginNames.namesOf(staff.stream().map(StaffCaseload::caseManagerId).toList());
		List<CaseManagerLine> lines = staff.stream()
			.map(line -> new CaseManagerLine(line.caseManagerId(), names.get(line.caseManagerId()), line.participants(),
					line.intensive(), line.ownLimit(), line.away(), line.coveredBy()))
			.toList();
		CaseloadStandards standards = this.capacity.standards();
		return new CaseloadsNow(lines, this.capacity.summary().average(), standards.averageLimit(),
				standards.pacingThreshold(), standards.cap(), standards.intensiveStandard(),
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
		List<Crisis> openCrises = this.crises.openCrises();
		List<Release> releasesEnding = this.consent.expiringWithin(RELEASE_SOON)
			.stream()
			// those who oversee the program may not know of substance-use treatment (42
			// CFR Part 2)
			.filter(release -> !release.revealsSubstanceUse())
			.toList();
		Map<FollowUp, CheckIn> notReached = this.followUps.notReached();
		People people = new People(everyone,
				Stream
					.of(openCrises.stream().map(Crisis::getParticipantId),
							releasesEnding.stream().map(Release::getParticipantId),
							notReached.keySet().stream().map(FollowUp::getParticipantId))
					.flatMap(Function.identity())
					.collect(Collectors.toSet()));

		List<Row> inTheWind = new ArrayList<>();
		List<Row> inactive = new ArrayList<>();
		List<Row> contactOverdue = new ArrayList<>();
		List<Row> intakesDue = new ArrayList<>();
		for (CaseloadRow row : everyone) {
			switch (row.status()) {
				case "IN_THE_WIND" -> inTheWind.add(sinceLastContact(people, row, now));
				case "INACTIVE" -> inactive.add(sinceLastContact(people, row, now));
				case "ENGAGING" -> {
					if (row.intakeDue() != null && row.intakeDue().isBefore(now.plus(INTAKE_SOON))) {
						intakesDue.add(people.row(row.participantId(), row.intakeDue(), days(now, row.intakeDue()),
								(row.intakeDue().isBefore(now) ? "intake overdue" : "intake due"), null));
					}
				}
				default -> {
					if (row.contactOverdue()) {
						contactOverdue
							.add(people.row(row.participantId(), row.nextContactDue(), days(row.nextContactDue(), now),
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
		return new AtRisk(inTheWind, inactive, contactOverdue, intakesDue, openCrises(people, openCrises, now),
				releasesEnding(people, releasesEnding), followUpsNotReached(people, notReached, now));
	}

	private static Row sinceLastContact(People people, CaseloadRow row, Instant now) {
		Instant lastContact = Optional.ofNullable(row.lastSeen()).orElse(row.inTheWindSince());
		return people.row(row.participantId(), lastContact, days(lastContact, now),
				"last contact " + Words.of(day(lastContact)), null);
	}

	private List<Row> openCrises(People people, List<Crisis> openCrises, Instant now) {
		return openCrises.stream().map(crisis -> {
			boolean inTime = this.crises.answeredInTime(crisis);
			String answer = (crisis.getRespondedAt() != null)
					? (inTime ? "answered within the response time" : "answered late")
					: (inTime ? "not answered yet" : "not answered, past the response time");
			// those who oversee the program may not know of substance use (42 CFR Part 2)
			String kind = crisis.getKind().isSubstanceUseInformation() ? "Crisis (its kind withheld: 42 CFR Part 2)"
					: Words.of(crisis.getKind());
			return people.row(crisis.getParticipantId(), crisis.getReportedAt(), days(crisis.getReportedAt(), now),
					kind + ", reported " + hoursAgo(crisis, now) + ", " + answer, inTime);
		}).toList();
	}

	private static String hoursAgo(Crisis crisis, Instant now) {
		long hours = Duration.between(crisis.getReportedAt(), now).toHours();
		return (hours == 1) ? "1 hour ago" : hours + " hours ago";
	}

	private List<Row> releasesEnding(People people, List<Release> releases) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		return releases.stream()
			.map(release -> people.row(release.getParticipantId(),
					release.getExpiresOn().atStartOfDay(ZoneOffset.UTC).toInstant(),
					ChronoUnit.DAYS.between(today, release.getExpiresOn()),
					Words.of(release.getParty()) + " release ends " + Words.of(release.getExpiresOn()), null))
			.toList();
	}

	private static List<Row> followUpsNotReached(People people, Map<FollowUp, CheckIn> notReached, Instant now) {
		List<Row> rows = new ArrayList<>();
		notReached.forEach((followUp, checkIn) -> rows
			.add(people.row(followUp.getParticipantId(), checkIn.getRecordedAt(), days(checkIn.getRecordedAt(), now),
					"day " + checkIn.getDay() + " check-in, attempt " + checkIn.getAttempt() + ": not reached", null)));
		return rows;
	}

	/**
	 * Who each participant on the lists is (case number, name, case manager's name), read
	 * in a few queries for all of them: the enrolled from their caseload rows, anyone
	 * else (in follow-up) at once.
	 */
	private final class People {

		private record Person(String caseNumber, String name, String caseManagerId) {
		}

		private final Map<Long, Person> people = new HashMap<>();

		private final Map<String, String> caseManagers;

		People(List<CaseloadRow> enrolled, Set<Long> listed) {
			enrolled.forEach(row -> this.people.put(row.participantId(),
					new Person(row.caseNumber(), row.name(), row.caseManagerId())));
			List<Long> others = listed.stream().filter(id -> !this.people.containsKey(id)).toList();
			if (!others.isEmpty()) {
				Map<Long, String> caseNumbers = ProgramView.this.participants.caseNumbers();
				ProgramView.this.participants.getAll(others)
					.values()
					.forEach(participant -> this.people.put(participant.getId(),
							new Person(caseNumbers.get(participant.getId()),
									participant.getFirstName() + " " + participant.getLastName(),
									participant.getCaseManagerId())));
			}
			this.caseManagers = ProgramView.this.loginNames.namesOf(this.people.values()
				.stream()
				.map(Person::caseManagerId)
				.filter(Objects::nonNull)
				.collect(Collectors.toSet()));
		}

		Row row(long participantId, Instant at, long days, String detail, Boolean inTime) {
			Person person = this.people.get(participantId);
			return new Row(participantId, person.caseNumber(), person.name(),
					(person.caseManagerId() != null) ? this.caseManagers.get(person.caseManagerId()) : null, at, days,
					detail, inTime);
		}

	}

	private static long days(Instant from, Instant to) {
		return Duration.between(from, to).toDays();
	}

	private static LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, ZoneOffset.UTC);
	}

}
