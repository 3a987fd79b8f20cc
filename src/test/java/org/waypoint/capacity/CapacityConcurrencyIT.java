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

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.waypoint.capacity.process.ReferralAdmissionDecision;
import org.waypoint.referral.Door;
import org.waypoint.referral.NewReferral;
import org.waypoint.referral.ReferralService;
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
	ReferralService referralService;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void threeCaseManagersHoldingTwentyEach() {
		this.jdbc.update("delete from capacity_decision");
		this.jdbc.update("delete from caseload_assignment");
		this.jdbc.update("delete from case_manager");
		CASE_MANAGERS.forEach(this.capacity::registerCaseManager);
		this.transaction.executeWithoutResult(status -> {
			for (int participant = 1; participant <= 60; participant++) {
				this.capacity.lockCaseloads();
				this.capacity.assignToLeastLoaded("held-" + participant);
			}
		});
		assertThat(this.capacity.caseloads()).extracting(Caseload::participants).containsOnly(20L);
	}

	@Test
	void concurrentPriorityReferralsNeverPushAnyoneAboveTheCap() throws Exception {
		List<Long> referrals = new ArrayList<>();
		for (int referral = 1; referral <= 30; referral++) {
			referrals.add(this.referralService
				.submit(new NewReferral(Door.LAW_ENFORCEMENT_ARREST_DIVERSION, null, "Person", "Number " + referral,
						null, null, "Police", null, null, null), "olivia")
				.referral()
				.getId());
		}
		ExecutorService threads = Executors.newFixedThreadPool(8);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<CapacityDecision>> decisions = new ArrayList<>();
		for (long referralId : referrals) {
			Callable<CapacityDecision> decide = () -> {
				start.await();
				return this.transaction.execute(status -> decideAsTheReferralProcessDoes(referralId));
			};
			decisions.add(threads.submit(decide));
		}
		start.countDown();
		List<CapacityDecision> outcomes = new ArrayList<>();
		for (Future<CapacityDecision> decision : decisions) {
			outcomes.add(decision.get(60, TimeUnit.SECONDS));
		}
		threads.shutdown();

		assertThat(outcomes).filteredOn(CapacityDecision::isAccepted).hasSize(15);
		assertThat(outcomes).filteredOn(decision -> !decision.isAccepted())
			.hasSize(15)
			.allSatisfy(declined -> assertThat(declined.getLowestCaseload()).isEqualTo(25));
		assertThat(this.capacity.caseloads()).extracting(Caseload::participants).containsOnly(25L);
		assertThat(referrals).allSatisfy(referralId -> assertThat(this.capacity.decisionsOn(referralId)).singleElement()
			.satisfies(stored -> assertThat(stored.getActiveCaseManagers()).isEqualTo(3)));
	}

	/** The capacity decision of the referral process, in its one transaction. */
	private CapacityDecision decideAsTheReferralProcessDoes(long referralId) {
		CaseloadPicture picture = this.capacity.lockCaseloads();
		DmnDecisionRuleResult result = this.decisionService.evaluateDecisionTableByKey(ReferralAdmissionDecision.KEY)
			.variables(ReferralAdmissionDecision.inputs(CapacityService.PRIORITY, picture))
			.evaluate()
			.getSingleResult();
		return this.capacity.decide(referralId, CapacityService.PRIORITY, picture,
				new AdmissionRuling(
						ReferralAdmissionDecision.ACCEPT.equals(result.getEntry(ReferralAdmissionDecision.DECISION)),
						result.getEntry(ReferralAdmissionDecision.OVER_AVERAGE),
						result.getEntry(ReferralAdmissionDecision.REASON), "referral-admission:test", 1));
	}

}
