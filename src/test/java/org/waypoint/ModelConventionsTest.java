package org.waypoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.waypoint.capacity.process.CapacityReviewSchedule;
import org.waypoint.platform.tasklist.TaskNames;

/**
 * The rules every model in processes/ and forms/ keeps (DESIGN.md section 3): it deploys,
 * every user task has an existing Camunda Form, someone to do it, a due date and a name
 * without expressions, every element has its place in the diagram, and every process has
 * a history time to live.
 */
class ModelConventionsTest {

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

	private static final Path PROCESSES = Path.of("processes");

	private static final Path FORMS = Path.of("forms");

	@Test
	void everyModelAndFormDeploys() throws IOException {
		// timer start events read their schedule from a site setting when they are
		// deployed
		Mocks.register("capacityReviewSchedule", new CapacityReviewSchedule("0 0 7 ? * MON"));
		ProcessEngine processEngine = engine.getProcessEngine();
		DeploymentBuilder deployment = processEngine.getRepositoryService()
			.createDeployment()
			.name("model-conventions");
		List<Path> files = Stream.concat(files(PROCESSES, ".bpmn", ".dmn").stream(), files(FORMS, ".form").stream())
			.toList();
		for (Path file : files) {
			try (InputStream content = Files.newInputStream(file)) {
				deployment.addInputStream(file.toString(), content);
			}
		}
		String deploymentId = deployment.deploy().getId();

		assertThat(processEngine.getRepositoryService().getDeploymentResourceNames(deploymentId)).hasSize(files.size());
		processEngine.getRepositoryService().deleteDeployment(deploymentId, true);
		Mocks.reset();
	}

	@Test
	void everyUserTaskHasAnExistingFormSomeoneToDoItADueDateAndAPlainName() throws IOException {
		Set<String> formIds = formIds();
		List<String> problems = new ArrayList<>();
		for (Path file : files(PROCESSES, ".bpmn")) {
			for (UserTask task : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(UserTask.class)) {
				String where = file + ": " + task.getId();
				if (task.getCamundaFormRef() == null || !formIds.contains(task.getCamundaFormRef())) {
					problems.add(where + " has no Camunda Form from forms/ (formRef " + task.getCamundaFormRef() + ")");
				}
				if (task.getCamundaAssignee() == null && task.getCamundaCandidateGroups() == null
						&& task.getCamundaCandidateUsers() == null) {
					problems.add(where + " is routed to nobody");
				}
				if (task.getCamundaDueDate() == null) {
					problems.add(where + " has no due date");
				}
				if (task.getName() == null || task.getName().isBlank()) {
					problems.add(where + " has no name for the Tasklist row");
				}
				else if (task.getName().contains("${")) {
					problems.add(where + " has an expression in its name: Modeler and Cockpit show it raw;"
							+ " the Tasklist name goes in the extension property " + TaskNames.PROPERTY);
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyCallActivityPassesTheBusinessKeySoCockpitSaysWhoseCaseItIs() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path file : files(PROCESSES, ".bpmn")) {
			for (CallActivity call : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(CallActivity.class)) {
				boolean passesBusinessKey = call.getExtensionElements() != null && call.getExtensionElements()
					.getElementsQuery()
					.filterByType(CamundaIn.class)
					.list()
					.stream()
					.anyMatch(in -> in.getCamundaBusinessKey() != null);
				if (!passesBusinessKey) {
					problems.add(file + ": " + call.getId() + " does not pass the business key to "
							+ call.getCalledElement());
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyProcessHasAHistoryTimeToLiveAndEveryElementItsPlaceInTheDiagram() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path file : files(PROCESSES, ".bpmn")) {
			BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
			for (Process process : model.getModelElementsByType(Process.class)) {
				if (process.getCamundaHistoryTimeToLiveString() == null) {
					problems.add(file + ": process " + process.getId() + " has no historyTimeToLive");
				}
			}
			Set<String> drawn = new HashSet<>();
			model.getModelElementsByType(BpmnShape.class).forEach(shape -> drawn.add(shape.getBpmnElement().getId()));
			model.getModelElementsByType(BpmnEdge.class).forEach(edge -> drawn.add(edge.getBpmnElement().getId()));
			Stream
				.concat(model.getModelElementsByType(FlowNode.class).stream(),
						model.getModelElementsByType(SequenceFlow.class).stream())
				.map(BaseElement::getId)
				.filter(id -> !drawn.contains(id))
				.forEach(id -> problems.add(file + ": " + id + " is not in the diagram"));
		}
		assertThat(problems).isEmpty();
	}

	private static Set<String> formIds() throws IOException {
		ObjectMapper json = new ObjectMapper();
		Set<String> ids = new HashSet<>();
		for (Path form : files(FORMS, ".form")) {
			JsonNode id = json.readTree(form.toFile()).get("id");
			assertThat(id).as(form + " has an id").isNotNull();
			ids.add(id.asText());
		}
		return ids;
	}

	private static Collection<Path> files(Path folder, String... extensions) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			return paths.filter(path -> Stream.of(extensions).anyMatch(path.toString()::endsWith)).sorted().toList();
		}
	}

}
