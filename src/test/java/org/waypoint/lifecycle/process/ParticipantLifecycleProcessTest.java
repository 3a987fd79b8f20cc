package org.waypoint.lifecycle.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.BOUNDARY_INTAKE_WINDOW_PASSED;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.CALL_CASE_MANAGEMENT;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.CALL_SEEK_BEFORE_INTAKE;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.END_ENROLLMENT_ENDED;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.END_FOUND_FOR_INTAKE;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.END_INTAKE_RECORDED;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.END_NO_SEARCH_NEEDED;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.END_REACHED_BEFORE_INTAKE;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.END_RECORD_CLOSED;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.END_REFERRAL_CLOSED_WITHOUT_INTAKE;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.END_REFERRAL_DECLINED;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.END_REFERRAL_INELIGIBLE;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.END_REFERRAL_LINKED;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.KEY;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.MESSAGE_CONTACT_RECORDED;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.MESSAGE_PARTICIPANT_LEFT;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.TASK_CONDUCT_INTAKE;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.TASK_DECIDE_CAPACITY;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.TASK_DECIDE_MISSED_INTAKE;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.TASK_REMIND_INTAKE_DEADLINE;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.TASK_SCREEN_REFERRAL;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.Variables.ADULT;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.Variables.BEHAVIORAL_HEALTH_NEED;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.Variables.CHARGE_ELIGIBLE;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.Variables.DOOR;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.Variables.INELIGIBLE_REASON;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.Variables.IN_SERVICE_AREA;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.Variables.PERSON_REACHED;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.Variables.POSSIBLE_MATCH;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.Variables.SAME_PERSON;
import static org.waypoint.platform.ProcessIds.CASE_NUMBER;
import static org.waypoint.platform.ProcessIds.ENROLLMENT_ID;
import static org.waypoint.platform.ProcessIds.PARTICIPANT_ID;
import static org.waypoint.platform.ProcessIds.PARTICIPANT_NAME;
import static org.waypoint.platform.ProcessIds.REFERRAL_ID;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.mockito.ArgumentCaptor;
import org.waypoint.capacity.AdmissionPolicy;
import org.waypoint.capacity.CapacityDecision;
import org.waypoint.capacity.CapacityService;
import org.waypoint.consent.ConsentService;
import org.waypoint.consent.DisclosureRequest;
import org.waypoint.consent.DisclosureResult;
import org.waypoint.consent.ReleaseParty;
import org.waypoint.engagement.HousingSituation;
import org.waypoint.engagement.IntakeAnswers;
import org.waypoint.engagement.IntakeService;
import org.waypoint.engagement.IntakeWindow;
import org.waypoint.participant.Enrollment;
import org.waypoint.participant.EnrollmentEnd;
import org.waypoint.participant.ParticipantService;
import org.waypoint.referral.Door;
import org.waypoint.support.CalledProcessStubs;
import org.waypoint.support.EngineTime;

/**
 * Every path of participant-lifecycle: screening, eligibility, the capacity decision, the
 * intake window with its reminder and the supervisor's decision when it passes, outreach
 * before intake, an early exit, and the end of the enrollment. outreach and
 * case-management are stand-ins here; they have tests of their own.
 */
@Deployment(resources = { "processes/participant-lifecycle.bpmn", "processes/referral-eligibility.dmn",
		"processes/referral-priority.dmn", "forms/screen-referral.form", "forms/intake.form",
		"forms/intake-deadline-reminder.form", "forms/decide-missed-intake.form" })
class ParticipantLifecycleProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
		.excludeProcessDefinitionKeys("outreach", "case-management", "post-discharge-follow-up")
		.assertClassCoverageAtLeast(1.0)
		.build();

	private static final long PARTICIPANT = 70L;

	private static final long ENROLLMENT = 700L;

	private static final Map<String, Object> ELIGIBLE_AND_REACHED = Map.of(ADULT, true, IN_SERVICE_AREA, true,
			BEHAVIORAL_HEALTH_NEED, true, CHARGE_ELIGIBLE, true, PERSON_REACHED, true);

	private final Instant now = Instant.parse("2026-11-23T09:00:00Z");

	private final CapacityService capacityService = mock(CapacityService.class);

	private final AdmissionPolicy admissionPolicy = mock(AdmissionPolicy.class);

	private final ReferralOutcome referralOutcome = mock(ReferralOutcome.class);

	private final ParticipantService participantService = mock(ParticipantService.class);

	private final IntakeService intakeService = mock(IntakeService.class);

	private final ConsentService consentService = mock(ConsentService.class);

	private CalledProcessStubs calledProcesses;

	private EngineTime time;

	@BeforeEach
	void setUp() {
		init(engine.getProcessEngine());
		EngineTime.setNow(this.now);
		this.time = EngineTime.of(engine.getProcessEngine());
		this.calledProcesses = CalledProcessStubs.deploy(engine.getProcessEngine(), "outreach", "case-management",
				"post-discharge-follow-up");
		Enrollment enrollment = mock(Enrollment.class);
		when(enrollment.getParticipantId()).thenReturn(PARTICIPANT);
		when(enrollment.getId()).thenReturn(ENROLLMENT);
		when(this.participantService.enroll(anyLong(), anyString())).thenReturn(enrollment);
		when(this.intakeService.windowFor(any()))
			.thenReturn(new IntakeWindow(this.now.plus(25, ChronoUnit.DAYS), this.now.plus(30, ChronoUnit.DAYS)));
		Mocks.register("decideCapacity", new DecideCapacity(this.capacityService, this.admissionPolicy));
		Mocks.register("referralOutcome", this.referralOutcome);
		Mocks.register("enrollParticipant", new EnrollParticipant(this.participantService));
		Mocks.register("intakeSteps", new IntakeSteps(this.intakeService));
		Mocks.register("participantSteps", new ParticipantSteps(this.participantService));
		Mocks.register("caseloadSlots", new CaseloadSlots(this.capacityService));
		Mocks.register("referrerUpdate", new ReferrerUpdate(this.consentService));
		when(this.consentService.disclose(any(), anyString()))
			.thenReturn(new DisclosureResult(false, null, "no release"));
	}

	@AfterEach
	void tearDown() {
		this.calledProcesses.undeploy();
		Mocks.reset();
		EngineTime.reset();
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

		Map<String, Object> answers = new HashMap<>(ELIGIBLE_AND_REACHED);
		answers.put(SAME_PERSON, true);
		complete(task(referral), answers);

		assertThat(referral).hasPassed(END_REFERRAL_LINKED).hasNotPassed(TASK_DECIDE_CAPACITY).isEnded();
		verify(this.referralOutcome).linked(any(DelegateExecution.class));
		verify(this.capacityService, never()).decide(anyLong(), any(), any());
	}

	@Test
	void possibleMatchThatStaffRejectIsScreenedAsANewPerson() {
		decisionWillBe(true, false);
		ProcessInstance referral = receive("COMMUNITY", "R-00003");

		Map<String, Object> answers = new HashMap<>(ELIGIBLE_AND_REACHED);
		answers.put(SAME_PERSON, false);
		complete(task(referral), answers);

		assertThat(referral).hasNotPassed(END_REFERRAL_LINKED).isWaitingAt(TASK_CONDUCT_INTAKE);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			adult                | Not eligible: the program serves adults (18 or older)
			inServiceArea        | Not eligible: the person does not live or stay in the program's service area
			behavioralHealthNeed | Not eligible: no behavioral-health or substance-use need was identified
			chargeEligible       | Not eligible: the current charge is excluded by the site's diversion criteria
			""")
	void referralThatMissesACriterionIsClosedWithTheReasonAndNeverReachesCapacity(String unmet, String reason) {
		ProcessInstance referral = receive("COMMUNITY");

		Map<String, Object> answers = new HashMap<>(ELIGIBLE_AND_REACHED);
		answers.put(unmet, false);
		complete(task(referral), answers);

		assertThat(referral).hasPassed(END_REFERRAL_INELIGIBLE)
			.hasNotPassed(TASK_DECIDE_CAPACITY)
			.isEnded()
			.variables()
			.containsEntry(INELIGIBLE_REASON, reason);
		verify(this.referralOutcome).ineligible(any(DelegateExecution.class));
		verify(this.capacityService, never()).decide(anyLong(), any(), any());
	}

	@Test
	void declinedReferralIsClosedWithTheDecisionsReasonAndNobodyIsEnrolled() {
		decisionWillBe(false, false);
		ProcessInstance referral = receive("PRETRIAL_DIVERSION");

		complete(task(referral), ELIGIBLE_AND_REACHED);

		assertThat(referral).hasPassed(TASK_DECIDE_CAPACITY, END_REFERRAL_DECLINED).isEnded();
		verify(this.capacityService).decide(7L, "PRETRIAL", this.admissionPolicy);
		verify(this.referralOutcome).declined(any(DelegateExecution.class));
		verify(this.participantService, never()).enroll(anyLong(), anyString());
	}

	@Test
	void acceptedReferralIsEnrolledAndTheCaseManagerGetsTheIntakeWithinTheDoorsWindow() {
		decisionWillBe(true, false);
		ProcessInstance referral = receive("LAW_ENFORCEMENT_ARREST_DIVERSION");

		complete(task(referral), ELIGIBLE_AND_REACHED);

		verify(this.referralOutcome).accepted(any(DelegateExecution.class));
		verify(this.participantService).enroll(7L, "casey");
		verify(this.intakeService).windowFor(Door.LAW_ENFORCEMENT_ARREST_DIVERSION);
		assertThat(referral).hasPassed(END_NO_SEARCH_NEEDED)
			.isWaitingAt(TASK_CONDUCT_INTAKE)
			.variables()
			.containsEntry(PARTICIPANT_ID.name(), PARTICIPANT);
		assertThat(task(referral)).hasName("Intake — Jane D.")
			.isAssignedTo("casey")
			.hasDueDate(Date.from(this.now.plus(30, ChronoUnit.DAYS)));
		Assertions.assertThat(this.calledProcesses.running("outreach", referral.getId())).isNull();
	}

	@Test
	void intakeGoesToTheIntakeRecordAndLeavesNothingPersonalInTheProcess() {
		ProcessInstance referral = acceptedAndWaitingForIntake(true);

		completeIntake(referral);

		ArgumentCaptor<IntakeAnswers> answers = ArgumentCaptor.forClass(IntakeAnswers.class);
		verify(this.intakeService).record(eq(PARTICIPANT), answers.capture(), anyString());
		Assertions.assertThat(answers.getValue())
			.isEqualTo(new IntakeAnswers("Jay", "they/them", null, "Library steps most afternoons",
					HousingSituation.UNSHELTERED, "food, ID documents", "Get my ID back and find a room"));
		assertThat(referral).hasPassed(END_INTAKE_RECORDED)
			.isWaitingAt(CALL_CASE_MANAGEMENT)
			.variables()
			.doesNotContainKeys(IntakeForm.FIELDS.toArray(String[]::new));
		verify(this.referralOutcome).enrolled(any(DelegateExecution.class));
		assertThat(this.calledProcesses.running("case-management", referral.getId())).variables()
			.containsEntry(PARTICIPANT_ID.name(), PARTICIPANT)
			.containsEntry(ENROLLMENT_ID.name(), ENROLLMENT);
	}

	@Test
	void aPersonNotYetReachedIsSoughtBeforeIntakeAndIntakeStopsTheSearch() {
		ProcessInstance referral = acceptedAndWaitingForIntake(false);

		ProcessInstance search = this.calledProcesses.running("outreach", referral.getId());
		Assertions.assertThat(search).isNotNull();
		assertThat(search).variables()
			.containsEntry("outreachReason", "BEFORE_INTAKE")
			.containsEntry("participantId", PARTICIPANT);
		assertThat(referral).isWaitingAt(TASK_CONDUCT_INTAKE, CALL_SEEK_BEFORE_INTAKE);

		completeIntake(referral);

		assertThat(search).isEnded();
		assertThat(referral).hasPassed(END_INTAKE_RECORDED).hasNotPassed(END_FOUND_FOR_INTAKE);
	}

	@Test
	void outreachFindingThePersonLeavesTheIntakeWithTheCaseManager() {
		ProcessInstance referral = acceptedAndWaitingForIntake(false);

		this.calledProcesses.finish(this.calledProcesses.running("outreach", referral.getId()), Map.of());

		assertThat(referral).hasPassed(END_FOUND_FOR_INTAKE).isWaitingAt(TASK_CONDUCT_INTAKE);
	}

	@Test
	void aContactWithThePersonBeforeIntakeStopsTheSearch() {
		ProcessInstance referral = acceptedAndWaitingForIntake(false);
		ProcessInstance search = this.calledProcesses.running("outreach", referral.getId());

		runtimeService().createMessageCorrelation(MESSAGE_CONTACT_RECORDED)
			.processInstanceVariableEquals(PARTICIPANT_ID.name(), PARTICIPANT)
			.correlateAllWithResult();

		assertThat(search).isEnded();
		assertThat(referral).hasPassed(END_REACHED_BEFORE_INTAKE).isWaitingAt(TASK_CONDUCT_INTAKE);
	}

	@Test
	void aSupervisorIsRemindedBeforeTheIntakeWindowEnds() {
		ProcessInstance referral = acceptedAndWaitingForIntake(true);

		this.time.advance(referral.getId(), Duration.ofDays(25).minusMinutes(1));
		assertThat(referral).isNotWaitingAt(TASK_REMIND_INTAKE_DEADLINE);
		this.time.advance(referral.getId(), Duration.ofMinutes(1));

		assertThat(referral).isWaitingAt(TASK_REMIND_INTAKE_DEADLINE, TASK_CONDUCT_INTAKE);
		var reminder = taskQuery().taskDefinitionKey(TASK_REMIND_INTAKE_DEADLINE).singleResult();
		assertThat(reminder).hasName("Intake due soon — Jane D.")
			.hasCandidateGroup("supervisors")
			.hasDueDate(Date.from(this.now.plus(30, ChronoUnit.DAYS)));
		complete(reminder, Map.of("intakeReminderAcknowledged", true));
		assertThat(referral).isWaitingAt(TASK_CONDUCT_INTAKE);
	}

	@Test
	void whenTheWindowPassesTheReferrerIsToldAndASupervisorExtendsIt() {
		ProcessInstance referral = acceptedAndWaitingForIntake(true);

		this.time.advance(referral.getId(), Duration.ofDays(30));

		assertThat(referral).hasPassed(BOUNDARY_INTAKE_WINDOW_PASSED).isWaitingAt(TASK_DECIDE_MISSED_INTAKE);
		verify(this.referralOutcome).intakeOverdue(any(DelegateExecution.class));
		assertThat(task(referral)).hasName("Intake window passed — Jane D.").hasCandidateGroup("supervisors");

		when(this.intakeService.extendBy(14)).thenReturn(new IntakeWindow(EngineTime.now().plus(9, ChronoUnit.DAYS),
				EngineTime.now().plus(14, ChronoUnit.DAYS)));
		complete(task(referral), Map.of("missedIntakeDecision", "EXTEND", "extensionDays", 14));

		assertThat(referral).isWaitingAt(TASK_CONDUCT_INTAKE).variables().containsEntry(PERSON_REACHED, true);
		assertThat(task(referral)).hasDueDate(Date.from(EngineTime.now().plus(14, ChronoUnit.DAYS)));
		Assertions.assertThat(this.calledProcesses.running("outreach", referral.getId())).isNull();
	}

	@Test
	void keepSeekingGivesANewWindowAndSendsOutreachAgain() {
		ProcessInstance referral = acceptedAndWaitingForIntake(true);
		this.time.advance(referral.getId(), Duration.ofDays(30));
		when(this.intakeService.extendBy(21)).thenReturn(new IntakeWindow(EngineTime.now().plus(16, ChronoUnit.DAYS),
				EngineTime.now().plus(21, ChronoUnit.DAYS)));

		complete(task(referral), Map.of("missedIntakeDecision", "KEEP_SEEKING", "extensionDays", 21));

		assertThat(referral).isWaitingAt(TASK_CONDUCT_INTAKE, CALL_SEEK_BEFORE_INTAKE);
	}

	@Test
	void anExtensionWithoutItsDaysIsRefused() {
		ProcessInstance referral = acceptedAndWaitingForIntake(true);
		this.time.advance(referral.getId(), Duration.ofDays(30));

		Assertions.assertThatThrownBy(() -> complete(task(referral), Map.of("missedIntakeDecision", "EXTEND")))
			.rootCause()
			.hasMessageContaining("extensionDays is required");
		assertThat(referral).isWaitingAt(TASK_DECIDE_MISSED_INTAKE);
	}

	@Test
	void aSupervisorClosesTheReferralWithoutIntakeAndTheSlotIsFreed() {
		ProcessInstance referral = acceptedAndWaitingForIntake(false);
		this.time.advance(referral.getId(), Duration.ofDays(30));

		complete(task(referral), Map.of("missedIntakeDecision", "CLOSE_REFERRAL"));

		assertThat(referral).hasPassed(END_REFERRAL_CLOSED_WITHOUT_INTAKE).isEnded();
		verify(this.participantService).endEnrollment(PARTICIPANT, EnrollmentEnd.CLOSED_WITHOUT_INTAKE);
		verify(this.capacityService).release(ENROLLMENT);
		verify(this.referralOutcome).closedWithoutIntake(any(DelegateExecution.class));
	}

	@Test
	void someoneWhoLeavesBeforeIntakeEndsTheEnrollmentAndFreesTheSlot() {
		ProcessInstance referral = acceptedAndWaitingForIntake(false);

		runtimeService().createMessageCorrelation(MESSAGE_PARTICIPANT_LEFT)
			.processInstanceVariableEquals(PARTICIPANT_ID.name(), PARTICIPANT)
			.setVariable("enrollmentEnd", "INCARCERATED")
			.correlate();

		assertThat(referral).hasPassed(END_ENROLLMENT_ENDED).isEnded();
		Assertions.assertThat(taskQuery().processInstanceId(referral.getId()).count())
			.as("no intake left open")
			.isZero();
		verify(this.participantService).endEnrollment(PARTICIPANT, EnrollmentEnd.INCARCERATED);
		verify(this.capacityService).release(ENROLLMENT);
	}

	@ParameterizedTest
	@EnumSource(value = EnrollmentEnd.class, names = { "DECLINED_SERVICES", "INCARCERATED", "MOVED_AWAY", "DIED" })
	void eachEarlyExitEndsTheEnrollmentAndFreesTheSlotWithoutFollowUp(EnrollmentEnd exit) {
		ProcessInstance referral = acceptedAndWaitingForIntake(true);
		completeIntake(referral);

		this.calledProcesses.finish(this.calledProcesses.running("case-management", referral.getId()),
				Map.of("enrollmentEnd", exit.name()));

		assertThat(referral).hasPassed(END_ENROLLMENT_ENDED).isEnded();
		verify(this.participantService).endEnrollment(PARTICIPANT, exit);
		verify(this.capacityService).release(ENROLLMENT);
		verify(this.referralOutcome).enrollmentEnded(any(DelegateExecution.class));
		Assertions.assertThat(this.calledProcesses.running("post-discharge-follow-up", referral.getId()))
			.as("no follow-up after an early exit")
			.isNull();
	}

	@ParameterizedTest
	@EnumSource(value = EnrollmentEnd.class, names = { "STEP_DOWN", "PROGRAM_COMPLETION", "COURT_COMPLETION" })
	void eachDischargeIsFollowedUpAndTheRecordCloses(EnrollmentEnd discharge) {
		ProcessInstance referral = acceptedAndWaitingForIntake(true);
		completeIntake(referral);
		when(this.consentService.disclose(any(), anyString())).thenReturn(new DisclosureResult(true, 300L, "shared"));

		this.calledProcesses.finish(this.calledProcesses.running("case-management", referral.getId()),
				Map.of("enrollmentEnd", discharge.name()));

		verify(this.participantService).endEnrollment(PARTICIPANT, discharge);
		verify(this.capacityService).release(ENROLLMENT);
		ArgumentCaptor<DisclosureRequest> told = ArgumentCaptor.forClass(DisclosureRequest.class);
		verify(this.consentService).disclose(told.capture(), anyString());
		Assertions.assertThat(told.getValue().party()).isEqualTo(ReleaseParty.REFERRING_AGENCY);
		assertThat(referral).variables().containsEntry("referrerTold", true);
		ProcessInstance followUp = this.calledProcesses.running("post-discharge-follow-up", referral.getId());
		assertThat(followUp).variables()
			.containsEntry("participantId", PARTICIPANT)
			.containsEntry("caseManagerId", "casey");
		this.calledProcesses.finish(followUp, Map.of());
		assertThat(referral).hasPassed(END_RECORD_CLOSED).isEnded();
	}

	private ProcessInstance acceptedAndWaitingForIntake(boolean personReached) {
		decisionWillBe(true, false);
		ProcessInstance referral = receive("LAW_ENFORCEMENT_ARREST_DIVERSION");
		Map<String, Object> answers = new HashMap<>(ELIGIBLE_AND_REACHED);
		answers.put(PERSON_REACHED, personReached);
		complete(task(referral), answers);
		return referral;
	}

	private void completeIntake(ProcessInstance referral) {
		Map<String, Object> form = new HashMap<>();
		form.put(IntakeForm.PREFERRED_NAME, "Jay");
		form.put(IntakeForm.PRONOUNS, "they/them");
		form.put(IntakeForm.PHONE, "");
		form.put(IntakeForm.CONTACT_HINTS, "Library steps most afternoons");
		form.put(IntakeForm.HOUSING_SITUATION, "UNSHELTERED");
		form.put(IntakeForm.IMMEDIATE_NEEDS,
				Variables.objectValue(List.of("food", "ID documents"))
					.serializationDataFormat(Variables.SerializationDataFormats.JSON)
					.create());
		form.put(IntakeForm.PARTICIPANT_GOALS, "Get my ID back and find a room");
		complete(taskQuery().taskDefinitionKey(TASK_CONDUCT_INTAKE).singleResult(), form);
	}

	private void decisionWillBe(boolean accepted, boolean overAverage) {
		CapacityDecision decision = mock(CapacityDecision.class);
		when(decision.isAccepted()).thenReturn(accepted);
		when(decision.isOverAverage()).thenReturn(overAverage);
		when(decision.getAssignedCaseManager()).thenReturn(accepted ? "casey" : null);
		when(decision.getReason()).thenReturn(accepted ? "Accepted" : "Declined: pretrial referrals wait");
		when(this.capacityService.decide(anyLong(), any(), any())).thenReturn(decision);
	}

	private ProcessInstance receive(String door) {
		return receive(door, null);
	}

	private ProcessInstance receive(String door, String possibleMatch) {
		Map<String, Object> variables = new HashMap<>(Map.of(REFERRAL_ID.name(), 7L, PARTICIPANT_NAME.name(), "Jane D.",
				CASE_NUMBER.name(), "R-00007", DOOR, door));
		variables.put(POSSIBLE_MATCH, possibleMatch);
		return runtimeService().startProcessInstanceByKey(KEY, "R-00007", variables);
	}

}
