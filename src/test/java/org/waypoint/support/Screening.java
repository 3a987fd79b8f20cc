package org.waypoint.support;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;

/** Completes a referral's screening task the way an outreach worker's form does. */
public final class Screening {

	/**
	 * The answers of the screen-referral form for someone who meets every criterion and
	 * is in touch with the screener (no search before intake).
	 */
	public static final Map<String, Object> ELIGIBLE = Map.of("adult", true, "inServiceArea", true,
			"behavioralHealthNeed", true, "chargeEligible", true, "personReached", true);

	private Screening() {
	}

	/** The open screening task of the referral with this case number. */
	public static String taskOf(TaskService taskService, String caseNumber) {
		return taskService.createTaskQuery()
			.processInstanceBusinessKey(caseNumber)
			.taskDefinitionKey("Task_ScreenReferral")
			.singleResult()
			.getId();
	}

	/** Screens the referral as eligible, with any answers changed or added. */
	public static void screen(TaskService taskService, String caseNumber, Map<String, Object> changedAnswers) {
		Map<String, Object> answers = new HashMap<>(ELIGIBLE);
		answers.putAll(changedAnswers);
		taskService.complete(taskOf(taskService, caseNumber), answers);
	}

}
