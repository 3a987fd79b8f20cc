package org.waypoint.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.waypoint.capacity.process.ReferralAdmissionDecision;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * Source 000's hard rule under load: 3 case managers at 20, 30 priority referrals decided
 * at the same moment from 8 threads. The room up to 25 takes exactly 15; nobody reaches
 * 26.
 */
@WaypointIntegrationTest
class CapacityConcurrencyIT {

	private static final List<String> CASE_MANAGERS = List.of("cm-ana", "cm-ben", "cm-cy");

	@Autowired
	CapacityService capacity;

	@Autowired
	DecisionService decisionService;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void threeCaseManagersHoldingTwentyEach() {
		this.jdbc.update("delete from caseload_assignment");
		this.jdbc.update("delete from case_manager");
		CASE_MANAGERS.forEach(this.capacity::registerCaseManager);
		this.transaction.executeWithoutResult(status -> {
			for (int participant = 1; participant <= 60; participant++) {
				this.capacity.lockCaseloads(0);
				this.capacity.assignToLeastLoaded("held-" + participant);
			}
		});
		assertThat(this.capacity.caseloads()).extracting(Caseload::participants).containsOnly(20L);
	}

	@Test
	void concurrentPriorityReferralsNeverPushAnyoneAboveTheCap() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(8);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> decisions = new ArrayList<>();
		for (int referral = 1; referral <= 30; referral++) {
			String participant = "referral-" + referral;
			Callable<String> decide = () -> {
				start.await();
				return this.transaction.execute(status -> decideAndAssign(participant));
			};
			decisions.add(threads.submit(decide));
		}
		start.countDown();
		List<String> outcomes = new ArrayList<>();
		for (Future<String> decision : decisions) {
			outcomes.add(decision.get(60, TimeUnit.SECONDS));
		}
		threads.shutdown();

		assertThat(outcomes).filteredOn(ReferralAdmissionDecision.ACCEPT::equals).hasSize(15);
		assertThat(outcomes).filteredOn(ReferralAdmissionDecision.DECLINE::equals).hasSize(15);
		assertThat(this.capacity.caseloads()).extracting(Caseload::participants).containsOnly(25L);
	}

	/**
	 * What the capacity decision of the referral process does, in its one transaction.
	 */
	private String decideAndAssign(String participant) {
		CaseloadPicture picture = this.capacity.lockCaseloads(0);
		String decision = this.decisionService.evaluateDecisionTableByKey(ReferralAdmissionDecision.KEY)
			.variables(ReferralAdmissionDecision.inputs("PRIORITY", picture))
			.evaluate()
			.getSingleResult()
			.getEntry(ReferralAdmissionDecision.DECISION);
		if (ReferralAdmissionDecision.ACCEPT.equals(decision)) {
			this.capacity.assignToLeastLoaded(participant);
		}
		return decision;
	}

}
