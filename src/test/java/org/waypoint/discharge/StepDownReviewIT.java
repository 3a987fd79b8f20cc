package org.waypoint.discharge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waypoint.capacity.CapacityService;
import org.waypoint.participant.ParticipantService;
import org.waypoint.referral.Door;
import org.waypoint.referral.ReferralService;
import org.waypoint.support.CaseloadFixture;
import org.waypoint.support.EngineTime;
import org.waypoint.support.ParticipantJourney;
import org.waypoint.support.TestLogins;
import org.waypoint.support.WaypointIntegrationTest;

/** A step-down review keeps who raised it and when, apart from when it was decided. */
@WaypointIntegrationTest
class StepDownReviewIT {

	private static final String CASE_MANAGER = "cm-step-down";

	@Autowired
	ProcessEngine engine;

	@Autowired
	ReferralService referralService;

	@Autowired
	ParticipantService participantService;

	@Autowired
	CapacityService capacity;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	DischargeService dischargeService;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identityService;

	@BeforeEach
	void caseyHasRoom() {
		CaseloadFixture.onlyCaseManagersHolding(this.engine, this.jdbc, this.capacity,
				Map.of(TestLogins.caseManager(this.identityService, CASE_MANAGER), 3));
		EngineTime.setNow(EngineTime.start());
	}

	@AfterEach
	void realTime() {
		EngineTime.reset();
	}

	@Test
	void theReviewKeepsWhenTheStepDownWasRaised() {
		ParticipantJourney lee = ParticipantJourney
			.refer(this.engine, this.referralService, this.participantService, Door.COMMUNITY, "Lee",
					"StepDown-" + UUID.randomUUID())
			.screenEligible(true)
			.takeIn()
			.releases()
			.assess(false, "NONE")
			.planApproved();
		Instant raised = EngineTime.now();
		assertThat(this.rest.withBasicAuth(CASE_MANAGER, TestLogins.PASSWORD)
			.postForEntity("/api/participants/" + lee.participantId() + "/step-down", null, Void.class)
			.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

		lee.advance(Duration.ofDays(2));
		lee.completeAs("sam", lee.task("Task_ApproveStepDown"), Map.of("stepDownDecision", "APPROVE"));

		StepDownReview review = this.dischargeService.stepDownReviewsOf(lee.participantId()).get(0);
		assertThat(review.getProposedBy()).isEqualTo(CASE_MANAGER);
		assertThat(review.getReviewedBy()).isEqualTo("sam");
		assertThat(review.getProposedAt()).isEqualTo(raised);
		assertThat(review.getReviewedAt()).isEqualTo(raised.plus(Duration.ofDays(2)));
	}

}
