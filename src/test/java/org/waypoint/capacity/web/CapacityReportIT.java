package org.waypoint.capacity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.support.WaypointIntegrationTest.DEMO_PASSWORD;

import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.RestTemplate;
import org.waypoint.referral.Door;
import org.waypoint.referral.NewReferral;
import org.waypoint.referral.ReferralService;
import org.waypoint.support.Screening;
import org.waypoint.support.WaypointIntegrationTest;

/** Supervisors and administrators see the caseload figures; Prometheus sees them too. */
@WaypointIntegrationTest
class CapacityReportIT {

	@Autowired
	TestRestTemplate rest;

	@LocalManagementPort
	int managementPort;

	@Autowired
	ReferralService referralService;

	@Autowired
	TaskService taskService;

	@Autowired
	HistoryService historyService;

	@Autowired
	MeterRegistry meters;

	@Test
	void supervisorsReadTheReportAndCaseManagersDoNot() {
		var report = this.rest.withBasicAuth("sam", DEMO_PASSWORD).getForEntity("/api/capacity", Map.class);
		var caseManager = this.rest.withBasicAuth("casey", DEMO_PASSWORD).getForEntity("/api/capacity", String.class);

		assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat((Map<String, Object>) report.getBody().get("caseloads")).containsKeys("caseloads", "average",
				"highest");
		assertThat(caseManager.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void prometheusShowsTheCaseloadAndEachReferralDecisionByDoor() {
		String caseNumber = this.referralService
			.submit(new NewReferral(Door.PRETRIAL_DIVERSION, "metrics-1", "Lee", "Moss", null, null, null, null, null,
					null), "rita")
			.referral()
			.caseNumber();
		Screening.screen(this.taskService, caseNumber, Map.of("adult", false));

		String metrics = new RestTemplate()
			.getForObject("http://localhost:" + this.managementPort + "/actuator/prometheus", String.class);

		assertThat(metrics).contains("waypoint_caseload_average", "waypoint_caseload_max",
				"waypoint_caseload_referrals_total{decision=\"INELIGIBLE\",door=\"PRETRIAL_DIVERSION\"");
	}

	@Test
	void prometheusShowsHowLongEachDecisionHeldTheCaseloadLock() {
		Timer lockHeld = this.meters.get("waypoint.capacity.lock.held").timer();
		long before = lockHeld.count();
		String caseNumber = this.referralService
			.submit(new NewReferral(Door.COMMUNITY, "metrics-lock", "Lou", "Kell", null, null, null, null, null, null),
					"rita")
			.referral()
			.caseNumber();

		Screening.screen(this.taskService, caseNumber, Map.of());

		assertThat(lockHeld.count()).as("one capacity decision, one hold").isEqualTo(before + 1);
		assertThat(new RestTemplate().getForObject("http://localhost:" + this.managementPort + "/actuator/prometheus",
				String.class))
			.contains("waypoint_capacity_lock_held_seconds_bucket{le=\"0.005\"}");
	}

	@Test
	void aSupervisorRunsTheCapacityReviewOnDemand() {
		long before = this.historyService.createHistoricProcessInstanceQuery()
			.processDefinitionKey("capacity-review")
			.count();

		var response = this.rest.withBasicAuth("sam", DEMO_PASSWORD)
			.postForEntity("/api/capacity/reviews", null, String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		assertThat(this.historyService.createHistoricProcessInstanceQuery()
			.processDefinitionKey("capacity-review")
			.count()).isEqualTo(before + 1);
	}

}
