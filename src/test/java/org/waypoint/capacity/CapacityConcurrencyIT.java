package org.waypoint.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waypoint.referral.Door;
import org.waypoint.referral.NewReferral;
import org.waypoint.referral.Referral;
import org.waypoint.referral.ReferralService;
import org.waypoint.referral.ReferralStatus;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * Source 000's hard rule under load, through the referral process: 3 case managers at 20,
 * 30 arrest-diversion referrals whose screenings are completed at the same moment from 8
 * threads. The room up to 25 takes exactly 15; nobody reaches 26.
 */
@WaypointIntegrationTest
class CapacityConcurrencyIT {

	private static final List<String> CASE_MANAGERS = List.of("cm-ana", "cm-ben", "cm-cy");

	private static final Map<String, Object> ELIGIBLE = Map.of("adult", true, "inServiceArea", true,
			"behavioralHealthNeed", true, "excludedCharge", false);

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
		this.jdbc.update("delete from capacity_decision");
		this.jdbc.update("delete from caseload_assignment");
		this.jdbc.update("delete from case_manager");
		CASE_MANAGERS.forEach(this.capacity::registerCaseManager);
		for (int participant = 0; participant < 60; participant++) {
			this.jdbc.update(
					"insert into caseload_assignment (case_manager_id, participant_ref, assigned_at) values (?, ?, current_timestamp)",
					CASE_MANAGERS.get(participant % 3), "held-" + participant);
		}
		assertThat(this.capacity.caseloads()).extracting(Caseload::participants).containsOnly(20L);
	}

	@Test
	void concurrentArrestDiversionReferralsNeverPushAnyoneAboveTheCap() throws Exception {
		List<Referral> referrals = new ArrayList<>();
		for (int number = 1; number <= 30; number++) {
			referrals.add(this.referralService
				.submit(new NewReferral(Door.LAW_ENFORCEMENT_ARREST_DIVERSION, "load-" + number, "Person",
						"Number" + number, null, null, "Police", null, null, null), "officer-load")
				.referral());
		}

		ExecutorService threads = Executors.newFixedThreadPool(8);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> screenings = new ArrayList<>();
		for (Referral referral : referrals) {
			Task screening = this.taskService.createTaskQuery()
				.processInstanceBusinessKey(referral.caseNumber())
				.taskDefinitionKey("Task_ScreenReferral")
				.singleResult();
			Callable<Void> screen = () -> {
				start.await();
				this.taskService.complete(screening.getId(), ELIGIBLE);
				return null;
			};
			screenings.add(threads.submit(screen));
		}
		start.countDown();
		for (Future<?> screening : screenings) {
			screening.get(120, TimeUnit.SECONDS);
		}
		threads.shutdown();

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
