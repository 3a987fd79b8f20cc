package org.waypoint.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Drafts of the shipped policy tables with one cell changed, and a changed model, as an
 * administrator saves them from Modeler; and the shipped policy back after a test
 * deployed one.
 */
public final class PolicyDrafts {

	private PolicyDrafts() {
	}

	/** processes/{table}.dmn with the number in the output cell of that id replaced. */
	public static String withCell(String table, String cellId, int value) {
		return withCells(shipped(table), Map.of(cellId, value));
	}

	/** A table with the number in each output cell of these ids replaced. */
	public static String withCells(String table, Map<String, Integer> numbers) {
		String changed = table;
		for (Map.Entry<String, Integer> cell : numbers.entrySet()) {
			String before = changed;
			changed = changed.replaceFirst("(id=\"" + cell.getKey() + "\"><text>)\\d+", "$1" + cell.getValue());
			if (changed.equals(before)) {
				throw new IllegalArgumentException("no number cell " + cell.getKey() + " to set to " + cell.getValue());
			}
		}
		return changed;
	}

	/**
	 * A service-intensity table with these rules' contact cadence set ("Basic" to 6:
	 * Rule_Basic's contactEveryDays).
	 */
	public static String withCadences(String serviceIntensity, Map<String, Integer> daysByRule) {
		Map<String, Integer> cells = new HashMap<>();
		daysByRule.forEach((rule, days) -> cells.put("OutputEntry_" + rule + "_ContactEveryDays", days));
		return withCells(serviceIntensity, cells);
	}

	/** processes/{table}.dmn as shipped. */
	public static String shipped(String table) {
		try {
			return Files.readString(Path.of("processes", table + ".dmn"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The shipped contact-watch with a new step after an overdue contact is recorded
	 * ("Why was the contact overdue?"), and the in-the-wind search step under a new id:
	 * an instance waiting in it cannot move.
	 */
	public static String contactWatchWithANewStep() {
		try {
			String shipped = Files.readString(Path.of("processes/contact-watch.bpmn"));
			String flow = "<bpmn:sequenceFlow id=\"Flow_ToParticipantSeen\" sourceRef=\"Task_RecordOverdueContact\" targetRef=\"Gateway_ParticipantSeen\" />";
			if (!shipped.contains(flow) || !shipped.contains("CallActivity_SeekInTheWind")) {
				throw new IllegalStateException("contact-watch.bpmn changed: adapt its test change");
			}
			return shipped
				.replace(flow,
						"""
								<bpmn:sequenceFlow id="Flow_ToParticipantSeen" sourceRef="Task_RecordOverdueContact" targetRef="Task_NoteWhyOverdue" />
								<bpmn:userTask id="Task_NoteWhyOverdue" name="Why was the contact overdue?" camunda:formRef="record-contact"
								    camunda:formRefBinding="latest" camunda:assignee="${caseManagerId}"
								    camunda:dueDate="${dateTime().plusDays(1).toDate()}" />
								<bpmn:sequenceFlow id="Flow_WhyOverdueNoted" sourceRef="Task_NoteWhyOverdue" targetRef="Gateway_ParticipantSeen" />
								""")
				.replace("CallActivity_SeekInTheWind", "CallActivity_SeekWithOutreach");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Deploys that changed contact-watch as its latest version; the deployment's id.
	 */
	public static String deployContactWatchWithANewStep(RepositoryService repositoryService) {
		return repositoryService.createDeployment()
			.name("contact-watch: why overdue")
			.addString("contact-watch.bpmn", contactWatchWithANewStep())
			.deploy()
			.getId();
	}

	/** Takes back every table deployed through a policy preview, and the previews. */
	public static void undeployPreviewed(RepositoryService repositoryService, JdbcTemplate jdbc) {
		repositoryService.createDeploymentQuery()
			.list()
			.stream()
			.filter(deployment -> String.valueOf(deployment.getSource()).startsWith("Waypoint policy preview"))
			.forEach(deployment -> repositoryService.deleteDeployment(deployment.getId(), true));
		jdbc.update("delete from policy_change");
	}

}
