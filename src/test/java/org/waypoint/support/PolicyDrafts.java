package org.waypoint.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
		try {
			String shipped = Files.readString(Path.of("processes", table + ".dmn"));
			String changed = shipped.replaceFirst("(id=\"" + cellId + "\"><text>)\\d+", "$1" + value);
			if (changed.equals(shipped)) {
				throw new IllegalArgumentException(table + " has no number cell " + cellId);
			}
			return changed;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The shipped case-management with a new step in the contact watch, after an overdue
	 * contact is recorded ("Why was the contact overdue?"), and the in-the-wind search
	 * step under a new id: an instance waiting in it cannot move.
	 */
	public static String caseManagementWithANewStep() {
		try {
			String shipped = Files.readString(Path.of("processes/case-management.bpmn"));
			String flow = "<bpmn:sequenceFlow id=\"Flow_ToParticipantSeen\" sourceRef=\"Task_RecordOverdueContact\" targetRef=\"Gateway_ParticipantSeen\" />";
			if (!shipped.contains(flow) || !shipped.contains("CallActivity_SeekInTheWind")) {
				throw new IllegalStateException("case-management.bpmn changed: adapt its test change");
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
	 * Deploys that changed case-management as its latest version; the deployment's id.
	 */
	public static String deployCaseManagementWithANewStep(RepositoryService repositoryService) {
		return repositoryService.createDeployment()
			.name("case-management: why overdue")
			.addString("case-management.bpmn", caseManagementWithANewStep())
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
