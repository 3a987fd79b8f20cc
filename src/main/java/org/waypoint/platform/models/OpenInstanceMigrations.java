package org.waypoint.platform.models;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingTransitionInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.waypoint.platform.InvalidInputException;
import org.waypoint.platform.NotFoundException;

/**
 * Moves the open instances of a process's older versions to its latest version, as an
 * administrator does after deploying a changed model: first a dry run that says of each
 * instance whether it can move and, if not, why (each instance is migrated for real in a
 * transaction that is rolled back, so the answer is the engine's own), then a Camunda
 * batch of those that can. Activities map by equal ids; an instance waiting in an
 * activity the new version no longer has stays on its version, reported. It all runs as
 * the administrator who asks, so the engine's operation log and the batch name them.
 */
@Service
public class OpenInstanceMigrations {

	private final RepositoryService repositoryService;

	private final RuntimeService runtimeService;

	private final TransactionTemplate separately;

	OpenInstanceMigrations(RepositoryService repositoryService, RuntimeService runtimeService,
			PlatformTransactionManager transactions) {
		this.repositoryService = repositoryService;
		this.runtimeService = runtimeService;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * @param waitingAt the activities the instance waits in, by name
	 * @param problems why it cannot move; empty when it can
	 */
	public record OpenInstance(String processInstanceId, String businessKey, String processDefinitionId, int version,
			List<String> waitingAt, boolean canMigrate, List<String> problems) {

	}

	public record DryRun(String processKey, int targetVersion, int canMigrate, int cannotMigrate,
			List<OpenInstance> instances) {
	}

	/**
	 * @param batchIds the Camunda batches moving them, one per older version (Cockpit
	 * lists them)
	 */
	public record Migration(String processKey, int targetVersion, List<String> batchIds, List<String> migrating,
			List<OpenInstance> notMigrated) {
	}

	/** A process whose older versions still have open instances. */
	public record Behind(String processKey, String name, int latestVersion, long openOnOlderVersions) {
	}

	/** Every process with open instances on an older version than its latest. */
	public List<Behind> behind() {
		return this.repositoryService.createProcessDefinitionQuery()
			.latestVersion()
			.orderByProcessDefinitionKey()
			.asc()
			.list()
			.stream()
			.map(latest -> new Behind(latest.getKey(), latest.getName(), latest.getVersion(),
					this.runtimeService.createProcessInstanceQuery().processDefinitionKey(latest.getKey()).count()
							- this.runtimeService.createProcessInstanceQuery()
								.processDefinitionId(latest.getId())
								.count()))
			.filter(process -> process.openOnOlderVersions() > 0)
			.toList();
	}

	/** What moving every open instance of an older version would do; changes nothing. */
	public DryRun dryRun(String processKey) {
		ProcessDefinition target = latest(processKey);
		List<OpenInstance> instances = openInstances(target, null);
		long can = instances.stream().filter(OpenInstance::canMigrate).count();
		return new DryRun(processKey, target.getVersion(), (int) can, instances.size() - (int) can, instances);
	}

	/**
	 * Moves the open instances of older versions that can move (only those listed, when
	 * {@code only} is given) as one Camunda batch per older version; the others stay,
	 * reported with the reason.
	 */
	@Transactional
	public Migration migrate(String processKey, Collection<String> only) {
		ProcessDefinition target = latest(processKey);
		List<OpenInstance> instances = openInstances(target,
				(only == null || only.isEmpty()) ? null : Set.copyOf(only));
		Map<String, List<String>> movableBySource = new LinkedHashMap<>();
		List<OpenInstance> staying = new ArrayList<>();
		for (OpenInstance instance : instances) {
			if (instance.canMigrate()) {
				movableBySource.computeIfAbsent(instance.processDefinitionId(), any -> new ArrayList<>())
					.add(instance.processInstanceId());
			}
			else {
				staying.add(instance);
			}
		}
		List<String> batchIds = movableBySource.entrySet()
			.stream()
			.map(source -> this.runtimeService.newMigration(plan(source.getKey(), target.getId()))
				.processInstanceIds(source.getValue())
				.executeAsync()
				.getId())
			.toList();
		return new Migration(processKey, target.getVersion(), batchIds,
				movableBySource.values().stream().flatMap(List::stream).toList(), staying);
	}

	private ProcessDefinition latest(String processKey) {
		ProcessDefinition target = this.repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey(processKey)
			.latestVersion()
			.singleResult();
		if (target == null) {
			throw new NotFoundException("No process " + processKey + " is deployed");
		}
		return target;
	}

	private List<OpenInstance> openInstances(ProcessDefinition target, Set<String> only) {
		List<OpenInstance> instances = new ArrayList<>();
		for (ProcessDefinition source : this.repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey(target.getKey())
			.orderByProcessDefinitionVersion()
			.asc()
			.list()) {
			if (source.getVersion() >= target.getVersion()) {
				continue;
			}
			List<ProcessInstance> open = this.runtimeService.createProcessInstanceQuery()
				.processDefinitionId(source.getId())
				.list()
				.stream()
				.filter(instance -> only == null || only.contains(instance.getId()))
				.toList();
			if (open.isEmpty()) {
				continue;
			}
			BpmnModelInstance model = this.repositoryService.getBpmnModelInstance(source.getId());
			MigrationPlan plan;
			try {
				plan = plan(source.getId(), target.getId());
			}
			catch (MigrationPlanValidationException ex) {
				open.forEach(instance -> instances.add(describe(instance, source, model, List.of(ex.getMessage()))));
				continue;
			}
			open.forEach(instance -> instances.add(describe(instance, source, model, tryOut(plan, instance, model))));
		}
		if (only != null && instances.size() < only.size()) {
			throw new InvalidInputException("Nothing was migrated",
					List.of("processInstanceIds: only open instances of an older version of " + target.getKey()
							+ " move; " + (only.size() - instances.size()) + " of those given are not"));
		}
		return instances;
	}

	private MigrationPlan plan(String sourceId, String targetId) {
		return this.runtimeService.createMigrationPlan(sourceId, targetId).mapEqualActivities().build();
	}

	/** The engine's own answer: the migration run for real, then rolled back. */
	private List<String> tryOut(MigrationPlan plan, ProcessInstance instance, BpmnModelInstance model) {
		return this.separately.execute(status -> {
			status.setRollbackOnly();
			try {
				this.runtimeService.newMigration(plan).processInstanceIds(instance.getId()).execute();
				return List.<String>of();
			}
			catch (MigratingProcessInstanceValidationException ex) {
				return problems(ex.getValidationReport(), model);
			}
		});
	}

	private static List<String> problems(MigratingProcessInstanceValidationReport report, BpmnModelInstance model) {
		List<String> problems = new ArrayList<>(report.getFailures());
		for (MigratingActivityInstanceValidationReport activity : report.getActivityInstanceReports()) {
			activity.getFailures()
				.forEach(failure -> problems.add(nameOf(activity.getSourceScopeId(), model) + ": " + failure));
		}
		for (MigratingTransitionInstanceValidationReport transition : report.getTransitionInstanceReports()) {
			transition.getFailures()
				.forEach(failure -> problems.add(nameOf(transition.getSourceScopeId(), model) + ": " + failure));
		}
		return problems;
	}

	private OpenInstance describe(ProcessInstance instance, ProcessDefinition source, BpmnModelInstance model,
			List<String> problems) {
		List<String> waitingAt = new ArrayList<>();
		collectWaiting(this.runtimeService.getActivityInstance(instance.getId()), model, waitingAt);
		return new OpenInstance(instance.getId(), instance.getBusinessKey(), source.getId(), source.getVersion(),
				waitingAt, problems.isEmpty(), problems);
	}

	/**
	 * The innermost activities the instance waits in (a sub-process's own steps, not it).
	 */
	private static void collectWaiting(ActivityInstance scope, BpmnModelInstance model, List<String> waitingAt) {
		for (ActivityInstance child : scope.getChildActivityInstances()) {
			if (child.getChildActivityInstances().length == 0 && child.getChildTransitionInstances().length == 0) {
				waitingAt.add(nameOf(child.getActivityId(), model));
			}
			else {
				collectWaiting(child, model, waitingAt);
			}
		}
		for (var transition : scope.getChildTransitionInstances()) {
			waitingAt.add(nameOf(transition.getActivityId(), model) + " (asynchronous continuation)");
		}
	}

	private static String nameOf(String activityId, BpmnModelInstance model) {
		ModelElementInstance element = model.getModelElementById(activityId);
		String name = (element != null) ? element.getAttributeValue("name") : null;
		return (name != null && !name.isBlank()) ? name + " (" + activityId + ")" : activityId;
	}

}
