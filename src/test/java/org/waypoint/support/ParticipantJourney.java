package org.waypoint.support;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.waypoint.participant.ParticipantService;
import org.waypoint.referral.Door;
import org.waypoint.referral.NewReferral;
import org.waypoint.referral.Referral;
import org.waypoint.referral.ReferralService;
import org.waypoint.platform.forms.FormFields;

/**
 * A participant's way through the program, driven as staff would drive it: a partner's
 * referral, screening, intake. Finds the tasks of the participant's processes (the
 * lifecycle and every process it called).
 */
public final class ParticipantJourney {

	private final ProcessEngine engine;

	private final ReferralService referralService;

	private final ParticipantService participantService;

	private final Referral referral;

	private ParticipantJourney(ProcessEngine engine, ReferralService referralService,
			ParticipantService participantService, Referral referral) {
		this.engine = engine;
		this.referralService = referralService;
		this.participantService = participantService;
		this.referral = referral;
	}

	/** A referral from the demo partner rita, for a person of this name. */
	public static ParticipantJourney refer(ProcessEngine engine, ReferralService referralService,
			ParticipantService participantService, Door door, String firstName, String lastName) {
		Referral referral = referralService
			.submit(new NewReferral(door, null, firstName, lastName, LocalDate.of(1981, 5, 14), null,
					"Central Precinct", "Officer Reyes", "Asked for help", "Library steps most afternoons"), "rita")
			.referral();
		return new ParticipantJourney(engine, referralService, participantService, referral);
	}

	/** The way through the program of a referral made otherwise (a return, say). */
	public static ParticipantJourney of(ProcessEngine engine, ReferralService referralService,
			ParticipantService participantService, Referral referral) {
		return new ParticipantJourney(engine, referralService, participantService, referral);
	}

	/** Screens the referral as eligible; reached or not before intake. */
	public ParticipantJourney screenEligible(boolean personReached) {
		Screening.screen(this.engine.getTaskService(), this.referral.caseNumber(),
				Map.of("personReached", personReached));
		return this;
	}

	/** The case manager takes the person in with the intake form. */
	public ParticipantJourney takeIn() {
		return takeInAs(caseManager());
	}

	/** The intake, taken by this login (a colleague covering the case manager, say). */
	public ParticipantJourney takeInAs(String userId) {
		Map<String, Object> intake = new HashMap<>();
		intake.put("preferredName", "Mari");
		intake.put("intakeContactHints", "Riverside camp, mornings");
		intake.put("housingSituation", "UNSHELTERED");
		intake.put("immediateNeeds", json(List.of("food")));
		intake.put("participantGoals", "Get a room and my kids back");
		completeAs(userId, task("Task_ConductIntake"), intake);
		return this;
	}

	/** Records releases of information: each map is one record-release form. */
	@SafeVarargs
	public final ParticipantJourney releases(Map<String, Object>... releases) {
		for (int release = 0; release < releases.length; release++) {
			Map<String, Object> form = new HashMap<>(releases[release]);
			form.put("anotherRelease", release < releases.length - 1);
			completeAs(caseManager(), task("Task_RecordRelease"), form);
		}
		if (releases.length == 0) {
			completeAs(caseManager(), task("Task_RecordRelease"), Map.of("noRelease", true, "anotherRelease", false));
		}
		return this;
	}

	/** A release for one party and scopes, signed today, explained. */
	public static Map<String, Object> release(String party, String... scopes) {
		Map<String, Object> form = new HashMap<>();
		form.put("releaseParty", party);
		form.put("releasePartyName", party.toLowerCase().replace('_', ' ') + " contact");
		form.put("releaseScopes", json(List.of(scopes)));
		form.put("releasePurpose", "Coordination of services");
		form.put("releaseSignedOn", EngineTime.now().toString().substring(0, 10));
		form.put("releaseExplained", true);
		return form;
	}

	/** The case manager's and the clinician's parts of the assessment. */
	public ParticipantJourney assess(boolean seriousMentalIllness, String substanceUse) {
		Map<String, Object> risk = new HashMap<>(Map.of("riskMethod", "SITE_TOOL", "siteToolName", "County screen",
				"siteToolScore", "22", "assessedRiskLevel", "MODERATE"));
		for (String need : List.of("needHousing", "needIncome", "needHealthInsurance", "needMeaningfulActivity",
				"needTransportation", "needFamilyStress", "needEducation")) {
			risk.put(need, "SOME");
		}
		risk.put("caseManagerNote", "Responds best to morning visits");
		completeAs(caseManager(), task("Task_AssessRiskNeedsResponsivity"), risk);
		completeAs("clara", task("Task_ClinicalAssessment"),
				Map.of("impairmentWork", "SOME", "impairmentAppointments", "SOME", "impairmentMedication", "NONE",
						"substanceUseSeverity", substanceUse, "seriousMentalIllness",
						String.valueOf(seriousMentalIllness), "jailStays", 1L, "hospitalStays", 0L, "clinicianNote",
						"Clinical note: depressive episodes"));
		return this;
	}

	/**
	 * One goal per named service (or a single goal without a handoff), approved by sam.
	 */
	public ParticipantJourney planApproved(String... handoffServices) {
		List<Map<String, Object>> goals = new ArrayList<>();
		for (String service : (handoffServices.length == 0) ? new String[] { null } : handoffServices) {
			Map<String, Object> goal = new HashMap<>();
			goal.put("domain", "HOUSING");
			goal.put("addresses", "Sleeping outside");
			goal.put("goal", "Plan goal: a room by spring");
			goal.put("actions", "Apply for the voucher");
			goal.put("responsible", "Case manager and participant");
			goal.put("targetDate", "2027-03-01");
			goal.put("handoffTo", service);
			goals.add(goal);
		}
		completeAs(caseManager(), task("Task_DraftCasePlan"), Map.of("goals", json(goals)));
		completeAs("sam", task("Task_ApproveCasePlan"), Map.of("planReview", "APPROVE"));
		return this;
	}

	/**
	 * The case manager's review of the plan after a reassessment: each goal's status, in
	 * the plan's order, and keep, revise or step down.
	 */
	public ParticipantJourney planReviewed(String decision, String... goalStatuses) {
		List<Map<String, Object>> goals = new ArrayList<>();
		for (int position = 1; position <= goalStatuses.length; position++) {
			goals.add(Map.of("position", position, "status", goalStatuses[position - 1]));
		}
		completeAs(caseManager(), task("Task_ReviewCasePlan"), Map.of("planDecision", decision, "goals", json(goals)));
		return this;
	}

	/**
	 * The case manager schedules the warm handoff to this service (its label, as task
	 * names show it) two days out, and will go along.
	 */
	public ParticipantJourney scheduleHandoff(String service) {
		Map<String, Object> form = new HashMap<>();
		form.put("phoneReferralOnly", false);
		form.put("providerName", service + " provider");
		form.put("providerContact", "Intake desk, 555-0100");
		form.put("appointmentAt", EngineTime.now().plus(Duration.ofDays(2)).toString());
		form.put("appointmentPlace", "Their office");
		form.put("accompaniedBy", "CASE_MANAGER");
		completeAs(caseManager(), handoffTask("Task_ScheduleHandoff", service), form);
		return this;
	}

	/** The case manager went along; the provider saw the participant or not. */
	public ParticipantJourney accompany(String service, boolean seen) {
		completeAs(caseManager(), handoffTask("Task_AccompanyParticipant", service),
				Map.of("whoWent", "Case manager", "transport", "PROGRAM_VEHICLE", "participantSeenByProvider",
						String.valueOf(seen), "participantMissing", false));
		return this;
	}

	/** Engagement confirmed with the provider or with the participant. */
	public ParticipantJourney confirmEngaged(String service, String confirmedWith) {
		completeAs(caseManager(), handoffTask("Task_ConfirmEngagement", service),
				Map.of("handoffOutcome", "ENGAGED", "confirmedWith", confirmedWith));
		return this;
	}

	/** The open handoff task for one service: its name says which. */
	public Task handoffTask(String taskDefinitionKey, String service) {
		List<Task> tasks = tasks(taskDefinitionKey).stream()
			.filter(task -> task.getName().contains(", " + service + ":"))
			.toList();
		if (tasks.size() != 1) {
			throw new IllegalStateException(tasks.size() + " open " + taskDefinitionKey + " tasks for " + service);
		}
		return tasks.get(0);
	}

	/**
	 * Submits a task's form as this login (with its groups), the way Tasklist's
	 * submit-form does: the engine records each field as a form property too.
	 */
	public void completeAs(String userId, Task task, Map<String, Object> form) {
		IdentityService identity = this.engine.getIdentityService();
		identity.setAuthentication(userId,
				identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList());
		try {
			this.engine.getFormService().submitTaskForm(task.getId(), form);
		}
		finally {
			identity.clearAuthentication();
		}
	}

	/** The participant's one open task of this definition, in any of their processes. */
	public Task task(String taskDefinitionKey) {
		List<Task> tasks = tasks(taskDefinitionKey);
		if (tasks.size() != 1) {
			throw new IllegalStateException(tasks.size() + " open " + taskDefinitionKey + " tasks for "
					+ this.referral.caseNumber() + "; open: " + tasks(null).stream().map(Task::getName).toList());
		}
		return tasks.get(0);
	}

	public List<Task> tasks(String taskDefinitionKey) {
		return EngineTime.of(this.engine).tree(lifecycle().getId()).stream().flatMap(instance -> {
			var query = this.engine.getTaskService().createTaskQuery().processInstanceId(instance);
			return ((taskDefinitionKey != null) ? query.taskDefinitionKey(taskDefinitionKey) : query).list().stream();
		}).toList();
	}

	/**
	 * The running instances of a process the participant's lifecycle called; none once
	 * the lifecycle has ended.
	 */
	public List<ProcessInstance> running(String processDefinitionKey) {
		ProcessInstance lifecycle = lifecycle();
		if (lifecycle == null) {
			return List.of();
		}
		return EngineTime.of(this.engine)
			.tree(lifecycle.getId())
			.stream()
			.map(id -> this.engine.getRuntimeService()
				.createProcessInstanceQuery()
				.processInstanceId(id)
				.singleResult())
			.filter(instance -> instance != null && this.engine.getRepositoryService()
				.getProcessDefinition(instance.getProcessDefinitionId())
				.getKey()
				.equals(processDefinitionKey))
			.toList();
	}

	/** A list value as Tasklist sends it (Json). */
	public static Object json(Object list) {
		return FormFields.json(list);
	}

	/**
	 * Every process instance the participant's lifecycle started, running or ended
	 * (history).
	 */
	public List<String> processInstancesEver() {
		List<String> instances = new ArrayList<>(List.of(lifecycleId()));
		for (int next = 0; next < instances.size(); next++) {
			this.engine.getHistoryService()
				.createHistoricProcessInstanceQuery()
				.superProcessInstanceId(instances.get(next))
				.list()
				.forEach(called -> instances.add(called.getId()));
		}
		return instances;
	}

	private String lifecycleId() {
		return this.engine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.processDefinitionKey("participant-lifecycle")
			.processInstanceBusinessKey(this.referral.caseNumber())
			.singleResult()
			.getId();
	}

	public ProcessInstance lifecycle() {
		return this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey("participant-lifecycle")
			.processInstanceBusinessKey(this.referral.caseNumber())
			.singleResult();
	}

	/** When the earliest timer at this activity of the participant's processes fires. */
	public Instant timer(String activityId) {
		return EngineTime.of(this.engine)
			.tree(lifecycle().getId())
			.stream()
			.flatMap(instance -> this.engine.getManagementService()
				.createJobQuery()
				.processInstanceId(instance)
				.activityId(activityId)
				.list()
				.stream())
			.map(job -> job.getDuedate().toInstant())
			.min(Instant::compareTo)
			.orElseThrow(() -> new IllegalStateException("No timer waits at " + activityId));
	}

	/** Moves the engine clock and runs what fell due in the participant's processes. */
	public ParticipantJourney advance(Duration by) {
		EngineTime.of(this.engine).advance(lifecycle().getId(), by);
		return this;
	}

	/** Moves the engine clock to this instant and runs what fell due. */
	public ParticipantJourney advanceTo(Instant instant) {
		return advance(Duration.between(EngineTime.now(), instant));
	}

	public ParticipantJourney runDueJobs() {
		EngineTime.of(this.engine).runDue(lifecycle().getId());
		return this;
	}

	public Referral referral() {
		return this.referralService.find(this.referral.getId()).orElseThrow();
	}

	public long participantId() {
		return this.participantService.enrollmentOfReferral(this.referral.getId()).orElseThrow().getParticipantId();
	}

	public String caseManager() {
		return this.participantService.get(participantId()).getCaseManagerId();
	}

	public String caseNumber() {
		return this.referral.caseNumber();
	}

}
