package org.waypoint.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.support.WaypointIntegrationTest.DEMO_PASSWORD;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waypoint.crisis.CrisisKind;
import org.waypoint.crisis.CrisisResponse;
import org.waypoint.crisis.CrisisService;
import org.waypoint.discharge.CheckIn.ProviderEngagement;
import org.waypoint.discharge.CheckInReport;
import org.waypoint.discharge.FollowUpService;
import org.waypoint.handoff.Handoff;
import org.waypoint.handoff.HandoffService;
import org.waypoint.handoff.HandoffTerms.ConfirmedWith;
import org.waypoint.handoff.HandoffTerms.Origin;
import org.waypoint.handoff.HandoffTerms.Outcome;
import org.waypoint.handoff.ServiceType;
import org.waypoint.referral.Door;
import org.waypoint.support.EngineTime;
import org.waypoint.support.Journeys;
import org.waypoint.support.ParticipantJourney;
import org.waypoint.support.TestLogins;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * Fidelity and outcomes over a month seeded three months back, every figure worked out by
 * hand: three community referrals taken in after 2, 8 and 14 days; four contacts, three
 * with the participant, two of those in the field; warm handoffs engaged, not engaged and
 * a phone referral (which does not count); crises answered in 3 and in 5 hours; a day-7
 * check-in reached and one not reached after three tries; a referral declined at the case
 * manager's limit.
 */
@WaypointIntegrationTest
class FidelityIT {

	private final String caseManager = "cm-fid-" + UUID.randomUUID().toString().substring(0, 6);

	@Autowired
	Journeys journeys;

	@Autowired
	HandoffService handoffs;

	@Autowired
	CrisisService crises;

	@Autowired
	FollowUpService followUps;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestRestTemplate rest;

	@AfterEach
	void realTime() {
		EngineTime.reset();
	}

	@Test
	@SuppressWarnings("unchecked")
	void aMonthsFiguresAsWorkedOutByHand() {
		YearMonth month = YearMonth.from(EngineTime.start().atZone(ZoneOffset.UTC)).minusMonths(3);
		Instant day2 = month.atDay(2).atTime(9, 0).toInstant(ZoneOffset.UTC);
		EngineTime.setNow(day2);
		this.journeys.onlyCaseManagersHolding(Map.of(this.caseManager, 0));
		ParticipantJourney ana = accepted("Ana");
		ParticipantJourney ben = accepted("Ben");
		ParticipantJourney cleo = accepted("Cleo");
		limit(3);
		refer("Dan").screenEligible(true);
		String declined = this.jdbc.queryForObject("select reason from capacity_decision where decision = 'DECLINE'",
				String.class);

		EngineTime.setNow(day2.plus(Duration.ofDays(2)));
		ana.takeIn();
		EngineTime.setNow(day2.plus(Duration.ofDays(8)));
		ben.takeIn();
		EngineTime.setNow(day2.plus(Duration.ofDays(14)));
		cleo.takeIn();
		contact(ana, day2.plus(Duration.ofDays(3)), "FIELD", true);
		contact(ana, day2.plus(Duration.ofDays(4)), "OFFICE", true);
		contact(ana, day2.plus(Duration.ofDays(5)), "PHONE", false);
		contact(ben, day2.plus(Duration.ofDays(9)), "FIELD", true);

		EngineTime.setNow(day2.plus(Duration.ofDays(15)));
		closeHandoff(ana, ServiceType.HOUSING, Outcome.ENGAGED);
		closeHandoff(ben, ServiceType.MENTAL_HEALTH, Outcome.NOT_ENGAGED);
		Handoff phoneOnly = this.handoffs.open(cleo.participantId(), ServiceType.BENEFITS_INCOME, Origin.CASE_MANAGER,
				null, null, this.caseManager);
		this.handoffs.recordPhoneReferralOnly(phoneOnly.getId(), "Benefits office", "Called them", this.caseManager);

		crisisAnsweredAfter(ana, day2.plus(Duration.ofDays(18)), Duration.ofHours(3));
		crisisAnsweredAfter(ben, day2.plus(Duration.ofDays(19)), Duration.ofHours(5));

		EngineTime.setNow(day2.plus(Duration.ofDays(20)));
		long cleosFollowUp = this.followUps.open(cleo.participantId(), this.caseManager).getId();
		this.followUps.recordCheckIn(cleosFollowUp, 7, checkIn(true), this.caseManager);
		long bensFollowUp = this.followUps.open(ben.participantId(), this.caseManager).getId();
		for (int attempt = 0; attempt < 3; attempt++) {
			this.followUps.recordCheckIn(bensFollowUp, 7, checkIn(false), this.caseManager);
		}

		// the month is over when the figures are read
		EngineTime.setNow(month.plusMonths(1).atDay(1).atTime(8, 0).toInstant(ZoneOffset.UTC));
		Map<String, Object> fidelity = get("sam", "/api/program/fidelity?from=" + month.minusMonths(1) + "&to=" + month
				+ "&caseManager=" + this.caseManager);
		List<Map<String, Object>> months = (List<Map<String, Object>>) fidelity.get("months");
		assertThat(months).hasSize(2);
		assertThat((List<?>) months.get(0).get("intakeByDoor")).as("the month before: nothing").isEmpty();
		Map<String, Object> figures = months.get(1);
		assertThat(figures).containsEntry("month", month.toString()).containsEntry("averageWentAboveLimit", false);

		List<String> all = List.of(ana.caseNumber(), ben.caseNumber(), cleo.caseNumber()).stream().sorted().toList();
		assertThat((List<Map<String, Object>>) figures.get("intakeByDoor")).containsExactly(Map.of("door", "Community",
				"intakes", 3, "medianDays", 8.0, "p90Days", 14.0, "withinWindow", share(3, 3, 1.0, all)));

		Map<String, Object> contacts = (Map<String, Object>) figures.get("contacts");
		double weeks = month.lengthOfMonth() / 7.0;
		assertThat(contacts).containsEntry("participants", 3)
			.containsEntry("contacts", 3)
			.containsEntry("perParticipantPerWeek", Math.round(3 / 3.0 / weeks * 100) / 100.0)
			.containsEntry("inTheField", share(2, 3, 0.667, sorted(ana, ben)));

		assertThat(figures.get("handoffsEngaged")).as("the phone referral is not a warm handoff")
			.isEqualTo(share(1, 2, 0.5, sorted(ana, ben)));
		assertThat(figures.get("crisesAnsweredInTime")).isEqualTo(share(1, 2, 0.5, sorted(ana, ben)));
		Map<String, Object> followUps = (Map<String, Object>) figures.get("followUpsReached");
		assertThat(followUps.get("7")).isEqualTo(share(1, 2, 0.5, sorted(ben, cleo)));
		assertThat(followUps.get("30")).isEqualTo(share(0, 0, null, List.of()));

		assertThat((List<Map<String, Object>>) figures.get("decisionsByDoor")).containsExactly(
				Map.of("door", "Community", "accepted", 3, "declined", 1, "declineReasons", Map.of(declined, 1)));

		ResponseEntity<String> csv = this.rest.withBasicAuth("sam", DEMO_PASSWORD)
			.getForEntity(
					"/api/program/fidelity.csv?from=" + month + "&to=" + month + "&caseManager=" + this.caseManager,
					String.class);
		assertThat(csv.getBody()).startsWith("month,figure,group,count,of,share,value,caseNumbers")
			.contains(month + ",\"intake: median days from referral\",Community,,,,8.0,")
			.contains(month + ",\"warm handoffs engaged\",,1,2,0.5,,\"" + String.join(" ", sorted(ana, ben)) + "\"");

		assertThat(this.rest.withBasicAuth("casey", DEMO_PASSWORD)
			.getForEntity("/api/program/fidelity", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.rest.withBasicAuth("sam", DEMO_PASSWORD)
			.getForEntity("/api/program/fidelity?from=2026-05&to=2026-01", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	private ParticipantJourney refer(String firstName) {
		return this.journeys.refer(Door.COMMUNITY, firstName,
				"Fidelity-" + UUID.randomUUID().toString().substring(0, 6));
	}

	private ParticipantJourney accepted(String firstName) {
		return refer(firstName).screenEligible(true);
	}

	private void limit(int limit) {
		assertThat(this.rest.withBasicAuth("sam", DEMO_PASSWORD)
			.exchange("/api/case-managers/" + this.caseManager + "/limit", HttpMethod.PUT,
					new HttpEntity<>(Map.of("limit", limit)), Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	private void contact(ParticipantJourney journey, Instant at, String place, boolean withParticipant) {
		assertThat(this.rest.withBasicAuth(this.caseManager, TestLogins.PASSWORD)
			.postForEntity("/api/participants/" + journey.participantId() + "/contacts",
					Map.of("place", place, "withParticipant", withParticipant, "occurredAt", at.toString()), Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.CREATED);
	}

	private void closeHandoff(ParticipantJourney journey, ServiceType service, Outcome outcome) {
		Handoff handoff = this.handoffs.open(journey.participantId(), service, Origin.CASE_MANAGER, null, null,
				this.caseManager);
		this.handoffs.close(handoff.getId(), outcome, ConfirmedWith.PARTICIPANT, "As they told it", this.caseManager);
	}

	private void crisisAnsweredAfter(ParticipantJourney journey, Instant reported, Duration after) {
		EngineTime.setNow(reported);
		long crisis = this.crises.report(journey.participantId(), CrisisKind.RELAPSE, "Called", this.caseManager)
			.getId();
		EngineTime.setNow(reported.plus(after));
		this.crises.respond(crisis, new CrisisResponse("Met at the clinic", null, false, true), this.caseManager);
	}

	private static CheckInReport checkIn(boolean reached) {
		return new CheckInReport(reached, reached ? ProviderEngagement.YES : null,
				reached ? ConfirmedWith.PARTICIPANT : null, null, false, null);
	}

	private static List<String> sorted(ParticipantJourney... journeys) {
		return Arrays.stream(journeys).map(ParticipantJourney::caseNumber).sorted().toList();
	}

	private static Map<String, Object> share(int count, int of, Double share, List<String> caseNumbers) {
		Map<String, Object> expected = new LinkedHashMap<>();
		expected.put("count", count);
		expected.put("of", of);
		expected.put("share", share);
		expected.put("caseNumbers", caseNumbers);
		return expected;
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> get(String user, String path) {
		ResponseEntity<Map> response = this.rest.withBasicAuth(user, TestLogins.passwordOf(user))
			.getForEntity(path, Map.class);
		assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

}
