package org.waypoint.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.support.WaypointIntegrationTest.DEMO_PASSWORD;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import java.util.function.Consumer;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waypoint.referral.Door;
import org.waypoint.referral.NewReferral;
import org.waypoint.referral.Referral;
import org.waypoint.referral.ReferralService;
import org.waypoint.referral.ReferralStatus;
import org.waypoint.support.CaseloadFixture;
import org.waypoint.support.SecondNode;
import org.waypoint.support.Screening;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * Source 000's hard rule under load, through the referral process: 3 case managers at 20,
 * 30 arrest-diversion referrals whose screenings are completed at the same moment from 8
 * threads. The room up to 25 takes exactly 15; nobody reaches 26.
 */
@WaypointIntegrationTest
class CapacityConcurrencyIT {

	@Autowired
	ProcessEngine engine;

	@Autowired
	CapacityService capacity;

	@Autowired
	ReferralService referralService;

	@Autowired
	TaskService taskService;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void threeCaseManagersHoldingTwentyEach() {
		CaseloadFixture.onlyCaseManagersHolding(this.engine, this.jdbc, this.capacity,
				Map.of("cm-ana", 20, "cm-ben", 20, "cm-cy", 20));
		assertThat(this.capacity.caseloads()).extracting(Caseload::participants).containsOnly(20L);
	}

	@Test
	void concurrentArrestDiversionReferralsNeverPushAnyoneAboveTheCap() throws Exception {
		List<Referral> referrals = arrestDiversionReferrals("one-node");

		screenAtOnce(referrals, referral -> Screening.screen(this.taskService, referral.caseNumber(), Map.of()));

		assertFifteenAcceptedFifteenDeclinedNobodyAboveTheCap(referrals);
	}

	@Test
	void twoNodesOnOneDatabaseNeverPushAnyoneAboveTheCapEither() throws Exception {
		List<Referral> referrals = arrestDiversionReferrals("two-nodes");

		try (SecondNode secondNode = SecondNode.start()) {
			assertThat(secondNode.isReady()).as(String.join("\n", secondNode.startupLog())).isTrue();
			// its start took up the case-managers group, the fixture's other case
			// managers too
			threeCaseManagersHoldingTwentyEach();
			screenAtOnce(referrals, referral -> {
				if (referral.getId() % 2 == 0) {
					Screening.screen(this.taskService, referral.caseNumber(), Map.of());
				}
				else {
					completeThroughTheRestApiOf(secondNode, Screening.taskOf(this.taskService, referral.caseNumber()));
				}
			});
		}

		assertFifteenAcceptedFifteenDeclinedNobodyAboveTheCap(referrals);
	}

	private List<Referral> arrestDiversionReferrals(String batch) {
		List<Referral> referrals = new ArrayList<>();
		for (int number = 1; number <= 30; number++) {
			referrals.add(this.referralService
				.submit(new NewReferral(Door.LAW_ENFORCEMENT_ARREST_DIVERSION, batch + "-" + number, "Person",
						"Number" + number, null, null, "Police", null, null, null), "officer-load")
				.referral());
		}
		return referrals;
	}

	/** Screens every referral at the same moment, from 8 threads. */
	private void screenAtOnce(List<Referral> referrals, Consumer<Referral> screen) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(8);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> screenings = new ArrayList<>();
		for (Referral referral : referrals) {
			Callable<Void> screening = () -> {
				start.await();
				screen.accept(referral);
				return null;
			};
			screenings.add(threads.submit(screening));
		}
		start.countDown();
		try {
			for (Future<?> screening : screenings) {
				screening.get(120, TimeUnit.SECONDS);
			}
		}
		finally {
			// a failed screening must not leave others running into the next test
			threads.shutdown();
			threads.awaitTermination(120, TimeUnit.SECONDS);
		}
	}

	private static void completeThroughTheRestApiOf(SecondNode node, String taskId) {
		String variables = """
				{"variables": {"adult": {"value": true}, "inServiceArea": {"value": true},
				 "behavioralHealthNeed": {"value": true}, "chargeEligible": {"value": true},
				 "personReached": {"value": true}}}""";
		ResponseEntity<String> response = new RestTemplateBuilder().basicAuthentication("ada", DEMO_PASSWORD)
			.build()
			.postForEntity(node.baseUrl() + "/engine-rest/task/" + taskId + "/complete",
					new HttpEntity<>(variables, jsonHeaders()), String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
	}

	private static HttpHeaders jsonHeaders() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return headers;
	}

	private void assertFifteenAcceptedFifteenDeclinedNobodyAboveTheCap(List<Referral> referrals) {
		List<ReferralStatus> outcomes = referrals.stream()
			.map(referral -> this.referralService.find(referral.getId()).orElseThrow().getStatus())
			.toList();
		assertThat(outcomes).filteredOn(ReferralStatus.ACCEPTED::equals).hasSize(15);
		assertThat(outcomes).filteredOn(ReferralStatus.DECLINED::equals).hasSize(15);
		assertThat(this.capacity.caseloads()).extracting(Caseload::participants).containsOnly(25L);
		assertThat(referrals)
			.allSatisfy(referral -> assertThat(this.capacity.decisionsOn(referral.getId())).singleElement()
				.satisfies(stored -> {
					assertThat(stored.getActiveCaseManagers()).isEqualTo(3);
					assertThat(stored.getPriority()).isEqualTo("LAW_ENFORCEMENT");
					assertThat(stored.getDecisionVersion()).isPositive();
					assertThat(stored.getReason()).isNotBlank();
				}));
	}

}
