package org.waypoint.support;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;

/**
 * Stand-ins for the processes a process under test calls: each waits in one task until
 * the test finishes it with the variables the real one would return. The process under
 * test is then covered on its own; the called ones have tests of their own.
 */
public final class CalledProcessStubs {

	public static final String STUB_TASK = "Task_CalledProcessStub";

	private final ProcessEngine engine;

	private final String deploymentId;

	private CalledProcessStubs(ProcessEngine engine, String deploymentId) {
		this.engine = engine;
		this.deploymentId = deploymentId;
	}

	public static CalledProcessStubs deploy(ProcessEngine engine, String... keys) {
		RepositoryService repository = engine.getRepositoryService();
		DeploymentBuilder deployment = repository.createDeployment().name("called-process-stubs");
		for (String key : keys) {
			deployment.addModelInstance(key + ".bpmn",
					Bpmn.createExecutableProcess(key)
						.camundaHistoryTimeToLive(1)
						.startEvent()
						.userTask(STUB_TASK)
						.name("Stand-in for " + key)
						.endEvent()
						.done());
		}
		return new CalledProcessStubs(engine, deployment.deploy().getId());
	}

	/** The running stand-in for this key, called from the given process instance. */
	public ProcessInstance running(String key, String superProcessInstanceId) {
		return this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(key)
			.superProcessInstanceId(superProcessInstanceId)
			.singleResult();
	}

	/** Ends the stand-in as the real process would, returning these variables. */
	public void finish(ProcessInstance stub, Map<String, Object> returned) {
		Task task = this.engine.getTaskService().createTaskQuery().processInstanceId(stub.getId()).singleResult();
		this.engine.getTaskService().complete(task.getId(), returned);
	}

	public void undeploy() {
		this.engine.getRepositoryService().deleteDeployment(this.deploymentId, true);
	}

}
