package org.waypoint.lifecycle.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.END_NO_STAFFING_REVIEW;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.END_PARTICIPANT_ASSIGNED;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.END_REFERRAL_DECLINED;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.END_REFERRAL_INELIGIBLE;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.END_REFERRAL_LINKED;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.END_STAFFING_REVIEWED;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.KEY;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.TASK_DECIDE_CAPACITY;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.TASK_REVIEW_STAFFING;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.TASK_SCREEN_REFERRAL;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.Variables.ADULT;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.Variables.BEHAVIORAL_HEALTH_NEED;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.Variables.CASE_MANAGER;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.Variables.CASE_NUMBER;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.Variables.DOOR;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.Variables.EXCLUDED_CHARGE;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.Variables.INELIGIBLE_REASON;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.Variables.IN_SERVICE_AREA;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.Variables.PARTICIPANT_NAME;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.Variables.POSSIBLE_MATCH;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.Variables.REFERRAL_ID;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.Variables.SAME_PERSON;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.waypoint.capacity.AdmissionPolicy;
import org.waypoint.capacity.CapacityDecision;
import org.waypoint.capacity.CapacityService;

@Deployment(resources = { "processes/participant-lifecycle.bpmn", "processes/referral-eligibility.dmn",
		"processes/referral-priority.dmn", "forms/screen-referral.form", "forms/review-staffing.form" })
class ParticipantLifecycleProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	private static final Map<String, Object> ELIGIBLE = Map.of(ADULT, true, IN_SERVICE_AREA, true,
			BEHAVIORAL_HEALTH_NEED, true, EXCLUDED_CHARGE, false);

	private final Instant now = Instant.parse("2026-11-23T09:00:00Z");

	private final CapacityService capacityService = mock(CapacityService.class);

	private final AdmissionPolicy admissionPolicy = mock(AdmissionPolicy.class);

	private final ReferralOutcome referralOutcome = mock(ReferralOutcome.class);

	@BeforeEach
	void setUp() {
		init(engine.getProcessEngine());
		ClockUtil.setCurrentTime(Date.from(this.now));
		Mocks.register("decideCapacity", new DecideCapacity(this.capacityService, this.admissionPolicy));
		Mocks.register("referralOutcome", this.referralOutcome);
	}

	@AfterEach
	void tearDown() {
		Mocks.reset();
		ClockUtil.reset();
	}

	@Test
	void newReferralWaitsForOutreachToScreenIt() {
		ProcessInstance referral = receive("LAW_ENFORCEMENT_ARREST_DIVERSION");

		assertThat(referral).isWaitingAt(TASK_SCREEN_REFERRAL);
		assertThat(task()).hasName("Screen referral — Jane D.")
			.hasCandidateGroup("outreach")
			.hasDueDate(Date.from(this.now.plus(2, ChronoUnit.DAYS)));
	}

	@Test
	void referralOfAnActiveParticipantThatStaffConfirmIsLinkedWithoutANewSlot() {
		ProcessInstance referral = receive("LAW_ENFORCEMENT_SOCIAL_CONTACT", "R-00003");

		Map<String, Object> answers = new HashMap<>(ELIGIBLE);
		answers.put(SAME_PERSON, true);
		complete(task(referral), answers);

		assertThat(referral).hasPassed(END_REFERRAL_LINKED).hasNotPassed(TASK_DECIDE_CAPACITY).isEnded();
		verify(this.referralOutcome).linked(any(DelegateExecution.class));
		verify(this.capacityService, never()).decide(anyLong(), any(), any());
	}

	@Test
	void possibleMatchThatStaffRejectIsScreenedAsANewPerson() {
		decisionWillBe(true, false, "casey", "Accepted: the average caseload stays at or below 20 (10.0)");
		ProcessInstance referral = receive("COMMUNITY", "R-00003");

		Map<String, Object> answers = new HashMap<>(ELIGIBLE);
		answers.put(SAME_PERSON, false);
		complete(task(referral), answers);

		assertThat(referral).hasNotPassed(END_REFERRAL_LINKED).hasPassed(END_PARTICIPANT_ASSIGNED);
	}

	@Test
	void referralThatMissesACriterionIsClosedWithTheReasonAndNeverReachesCapacity() {
		ProcessInstance referral = receive("COMMUNITY");

		complete(task(referral),
				Map.of(ADULT, true, IN_SERVICE_AREA, false, BEHAVIORAL_HEALTH_NEED, true, EXCLUDED_CHARGE, false));

		assertThat(referral).hasPassed(END_REFERRAL_INELIGIBLE)
			.hasNotPassed(TASK_DECIDE_CAPACITY)
			.isEnded()
			.variables()
			.containsEntry(INELIGIBLE_REASON,
					"Not eligible: the person does not live or stay in the program's service area");
		verify(this.referralOutcome).ineligible(any(DelegateExecution.class));
		verify(this.capacityService, never()).decide(anyLong(), any(), any());
	}

	@Test
	void declinedReferralIsClosedWithTheDecisionsReason() {
		decisionWillBe(false, false, null, "Declined: pretrial referrals are taken only while ...");
		ProcessInstance referral = receive("PRETRIAL_DIVERSION");

		complete(task(referral), ELIGIBLE);

		assertThat(referral).hasPassed(TASK_DECIDE_CAPACITY, END_REFERRAL_DECLINED).isEnded();
		verify(this.capacityService).decide(7L, "PRETRIAL", this.admissionPolicy);
		verify(this.referralOutcome).declined(any(DelegateExecution.class));
	}

	@Test
	void acceptedReferralWithinTheAverageIsAssignedWithoutAStaffingReview() {
		decisionWillBe(true, false, "casey", "Accepted: the average caseload stays at or below 20 (18.3)");
		ProcessInstance referral = receive("LAW_ENFORCEMENT_SOCIAL_CONTACT");

		complete(task(referral), ELIGIBLE);

		assertThat(referral).hasPassed(END_PARTICIPANT_ASSIGNED, END_NO_STAFFING_REVIEW)
			.isEnded()
			.variables()
			.containsEntry(CASE_MANAGER, "casey");
		verify(this.capacityService).decide(7L, "LAW_ENFORCEMENT", this.admissionPolicy);
		verify(this.referralOutcome).accepted(any(DelegateExecution.class));
	}

	@Test
	void acceptanceOverTheAverageGivesSupervisorsAStaffingReview() {
		decisionWillBe(true, true, "casey", "Accepted as a priority referral above the average of 20 (20.3)");
		ProcessInstance referral = receive("COMMUNITY");

		complete(task(referral), ELIGIBLE);

		assertThat(referral).hasPassed(END_PARTICIPANT_ASSIGNED).isWaitingAt(TASK_REVIEW_STAFFING);
		assertThat(task(referral)).hasCandidateGroup("supervisors")
			.hasName("Review staffing — caseload average over the limit")
			.hasDueDate(Date.from(this.now.plus(7, ChronoUnit.DAYS)));

		complete(task(referral), Map.of("staffingAction", "RECRUIT"));

		assertThat(referral).hasPassed(END_STAFFING_REVIEWED).isEnded();
		verify(this.capacityService).decide(eq(7L), eq("COMMUNITY"), any());
	}

	private void decisionWillBe(boolean accepted, boolean overAverage, String caseManager, String reason) {
		CapacityDecision decision = mock(CapacityDecision.class);
		when(decision.isAccepted()).thenReturn(accepted);
		when(decision.isOverAverage()).thenReturn(overAverage);
		when(decision.getAssignedCaseManager()).thenReturn(caseManager);
		when(decision.getReason()).thenReturn(reason);
		when(this.capacityService.decide(anyLong(), any(), any())).thenReturn(decision);
	}

	private ProcessInstance receive(String door) {
		return receive(door, null);
	}

	private ProcessInstance receive(String door, String possibleMatch) {
		Map<String, Object> variables = new HashMap<>(
				Map.of(REFERRAL_ID, 7L, PARTICIPANT_NAME, "Jane D.", CASE_NUMBER, "R-00007", DOOR, door));
		variables.put(POSSIBLE_MATCH, possibleMatch);
		return runtimeService().startProcessInstanceByKey(KEY, "R-00007", variables);
	}

}
