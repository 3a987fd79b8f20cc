package org.waypoint.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.waypoint.caseplan.CasePlan;
import org.waypoint.caseplan.CasePlanService;
import org.waypoint.caseplan.GoalStatus;
import org.waypoint.caseplan.NewGoal;
import org.waypoint.caseplan.PlanDomain;
import org.waypoint.crisis.Crisis;
import org.waypoint.crisis.CrisisKind;
import org.waypoint.crisis.CrisisResponse;
import org.waypoint.crisis.CrisisService;
import org.waypoint.engagement.ContactPlace;
import org.waypoint.engagement.ContactService;
import org.waypoint.engagement.NewContact;
import org.waypoint.handoff.Handoff;
import org.waypoint.handoff.HandoffService;
import org.waypoint.handoff.HandoffTerms.Accompanier;
import org.waypoint.handoff.HandoffTerms.ConfirmedWith;
import org.waypoint.handoff.HandoffTerms.Origin;
import org.waypoint.handoff.HandoffTerms.Outcome;
import org.waypoint.handoff.HandoffTerms.Transport;
import org.waypoint.handoff.NewAppointment;
import org.waypoint.handoff.ServiceType;
import org.waypoint.handoff.VisitReport;
import org.waypoint.referral.Door;
import org.waypoint.support.EngineTime;
import org.waypoint.support.Journeys;
import org.waypoint.support.ParticipantJourney;
import org.waypoint.support.TestLogins;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * The case file of a participant with a year of history (150 contacts, 3 plan versions, 6
 * warm handoffs, 2 crises) over HTTP on PostgreSQL, as Tasklist's Case file tab asks for
 * it, and the caseload of 25 behind "My participants". Run with
 * {@code ./mvnw -Pbenchmark verify}; figures go to the console and to
 * target/benchmark.txt. A measurement: it asserts only that every read answered.
 */
@WaypointIntegrationTest
class CaseFileBenchmark {

	private static final int CONTACTS = 150;

	private static final int CASELOAD = 25;

	private static final int WARM_UP = 20;

	private static final int READS = 200;

	private final String caseManager = "bench-file-" + UUID.randomUUID().toString().substring(0, 6);

	@Autowired
	Journeys journeys;

	@Autowired
	ContactService contacts;

	@Autowired
	CasePlanService plans;

	@Autowired
	HandoffService handoffs;

	@Autowired
	CrisisService crises;

	@Autowired
	TestRestTemplate rest;

	@AfterEach
	void realTime() {
		EngineTime.reset();
	}

	@Test
	void caseFileOfAYearsHistoryAndACaseloadOf25() throws IOException {
		Instant yearAgo = EngineTime.start().minus(Duration.ofDays(365));
		EngineTime.setNow(yearAgo);
		this.journeys.onlyCaseManagersHolding(Map.of(this.caseManager, 0));
		ParticipantJourney heavy = participant("Year");
		for (int other = 1; other < CASELOAD; other++) {
			participant("Other" + other);
		}
		long participantId = heavy.participantId();
		seedAYear(participantId, yearAgo);
		EngineTime.setNow(EngineTime.start());

		String caseFile = "/api/participants/" + participantId + "/case-file";
		Supplier<ResponseEntity<Map>> readFile = () -> this.rest.withBasicAuth(this.caseManager, TestLogins.PASSWORD)
			.getForEntity(caseFile, Map.class);
		Supplier<ResponseEntity<List>> readCaseload = () -> this.rest
			.withBasicAuth(this.caseManager, TestLogins.PASSWORD)
			.getForEntity("/api/my-participants", List.class);
		assertThat((List<?>) readFile.get().getBody().get("timeline")).hasSizeGreaterThan(CONTACTS);
		assertThat(readCaseload.get().getBody()).hasSize(CASELOAD);

		String figures = String.format(
				"%s case file, %d contacts, 3 plans, 6 handoffs, 2 crises, PostgreSQL: %s%n"
						+ "%s my participants, a caseload of %d: %s%n",
				Instant.now(), CONTACTS, Reads.measure(WARM_UP, READS, readFile), Instant.now(), CASELOAD,
				Reads.measure(WARM_UP, READS, readCaseload));
		Reads.report(figures);
	}

	private ParticipantJourney participant(String firstName) {
		return this.journeys.refer(Door.COMMUNITY, firstName, "Bench-" + UUID.randomUUID().toString().substring(0, 6))
			.screenEligible(true)
			.takeIn();
	}

	/**
	 * A year as the domain records it: contacts every few days, plans, handoffs, crises.
	 */
	private void seedAYear(long participantId, Instant yearAgo) {
		for (int contact = 0; contact < CONTACTS; contact++) {
			Instant when = yearAgo.plus(Duration.ofHours(58L * contact));
			EngineTime.setNow(when);
			this.contacts.record(new NewContact(participantId, null, when, ContactPlace.values()[contact % 6],
					contact % 4 != 3, "Contact " + contact + ": talked about housing and the clinic"),
					this.caseManager);
		}
		ServiceType[] services = { ServiceType.HOUSING, ServiceType.MENTAL_HEALTH, ServiceType.SUBSTANCE_USE_TREATMENT,
				ServiceType.BENEFITS_INCOME, ServiceType.HEALTH_CARE, ServiceType.PEER_RUN_ORGANIZATION };
		for (int version = 0; version < 3; version++) {
			EngineTime.setNow(yearAgo.plus(Duration.ofDays(30 + 120L * version)));
			CasePlan plan = this.plans.submit(participantId,
					List.of(new NewGoal(PlanDomain.HOUSING, "Sleeping outside", "A room by spring",
							"Apply for the voucher together", "Case manager and participant",
							EngineTime.today().plusMonths(4), GoalStatus.OPEN, services[2 * version]),
							new NewGoal(PlanDomain.MENTAL_HEALTH, "Missed appointments", "Keep the clinic visits",
									"Go along to the first two", "Peer specialist", EngineTime.today().plusMonths(2),
									GoalStatus.OPEN, services[2 * version + 1])),
					this.caseManager);
			this.plans.approve(plan.getId(), "sam", "Good plan");
			for (int goal = 0; goal < 2; goal++) {
				Handoff handoff = this.handoffs.open(participantId, services[2 * version + goal], Origin.CASE_PLAN,
						plan.getId(), null, this.caseManager);
				this.handoffs.schedule(handoff.getId(), new NewAppointment("Provider " + handoff.getId(), "555-0100",
						EngineTime.now().plus(Duration.ofDays(5)), "Main Street clinic", Accompanier.CASE_MANAGER),
						this.caseManager);
				this.handoffs.recordVisit(handoff.getId(),
						new VisitReport("Case manager", Transport.PUBLIC_TRANSIT, true, false, "Went well"),
						this.caseManager);
				this.handoffs.close(handoff.getId(), Outcome.ENGAGED, ConfirmedWith.PARTICIPANT, "Going weekly",
						this.caseManager);
			}
		}
		for (CrisisKind kind : List.of(CrisisKind.RELAPSE, CrisisKind.EVICTION)) {
			EngineTime.setNow(yearAgo.plus(Duration.ofDays((kind == CrisisKind.RELAPSE) ? 100 : 250)));
			Crisis crisis = this.crises.report(participantId, kind, "Called from the shelter", this.caseManager);
			this.crises.respond(crisis.getId(),
					new CrisisResponse("Met at the shelter, back to the clinic", "Calmer", false, true),
					this.caseManager);
		}
	}

}
