package org.waypoint.support;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.waypoint.participant.ParticipantService;
import org.waypoint.referral.Door;
import org.waypoint.referral.NewReferral;
import org.waypoint.referral.Referral;
import org.waypoint.referral.ReferralService;

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

	/** Screens the referral as eligible; reached or not before intake. */
	public ParticipantJourney screenEligible(boolean personReached) {
		Screening.screen(this.engine.getTaskService(), this.referral.caseNumber(),
				Map.of("personReached", personReached));
		return this;
	}

	/** The case manager takes the person in with the intake form. */
	public ParticipantJourney takeIn() {
		Map<String, Object> intake = new HashMap<>();
		intake.put("preferredName", "Mari");
		intake.put("intakeContactHints", "Riverside camp, mornings");
		intake.put("housingSituation", "UNSHELTERED");
		intake.put("immediateNeeds",
				Variables.objectValue(List.of("food"))
					.serializationDataFormat(Variables.SerializationDataFormats.JSON)
					.create());
		intake.put("participantGoals", "Get a room and my kids back");
		completeAs(caseManager(), task("Task_ConductIntake"), intake);
		return this;
	}

	/** Completes a task as this login (with its groups), as Tasklist would. */
	public void completeAs(String userId, Task task, Map<String, Object> form) {
		IdentityService identity = this.engine.getIdentityService();
		identity.setAuthentication(userId,
				identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList());
		try {
			this.engine.getTaskService().complete(task.getId(), form);
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

	/** The running instances of a process the participant's lifecycle called. */
	public List<ProcessInstance> running(String processDefinitionKey) {
		return EngineTime.of(this.engine)
			.tree(lifecycle().getId())
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

	public ProcessInstance lifecycle() {
		return this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey("participant-lifecycle")
			.processInstanceBusinessKey(this.referral.caseNumber())
			.singleResult();
	}

	/** Moves the engine clock and runs what fell due in the participant's processes. */
	public ParticipantJourney advance(Duration by) {
		EngineTime.of(this.engine).advance(lifecycle().getId(), by);
		return this;
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
