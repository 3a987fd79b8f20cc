package org.waypoint.capacity.process;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.model.dmn.instance.Input;
import org.waypoint.audit.AuditAction;
import org.waypoint.audit.AuditLog;
import org.waypoint.capacity.DraftReplay;
import org.waypoint.platform.access.AsSystem;
import org.waypoint.platform.decisions.DetachedDecisions;

/**
 * A table with one answer and inputs that name no one (referral eligibility, the capacity
 * alert), replayed over the engine's own decision history: each evaluation since then,
 * its recorded inputs through the deployed table and through the draft, apart from the
 * engine. Each evaluation is named by its process's business key (the case number) or,
 * without one, when it was taken.
 */
class RecordedDecisionReplay implements DraftReplay {

	private final String decisionKey;

	/** How the table's empty answer reads ("eligible", "within the policy"). */
	private final String emptyAnswer;

	private final HistoryService historyService;

	private final RepositoryService repositoryService;

	private final DetachedDecisions detached;

	private final AsSystem asSystem;

	private final AuditLog auditLog;

	/**
	 * What the table reads besides its recorded inputs (the caseload standards in force).
	 */
	private final Supplier<Map<String, Object>> standing;

	RecordedDecisionReplay(String decisionKey, String emptyAnswer, Supplier<Map<String, Object>> standing,
			HistoryService historyService, RepositoryService repositoryService, DetachedDecisions detached,
			AsSystem asSystem, AuditLog auditLog) {
		this.decisionKey = decisionKey;
		this.emptyAnswer = emptyAnswer;
		this.standing = standing;
		this.historyService = historyService;
		this.repositoryService = repositoryService;
		this.detached = detached;
		this.asSystem = asSystem;
		this.auditLog = auditLog;
	}

	@Override
	public String decisionKey() {
		return this.decisionKey;
	}

	@Override
	public Outcomes replay(String draftXml, Instant since, String reader) {
		DmnDecision draft = DetachedDecisions.draftOf(this.decisionKey, draftXml);
		DmnDecision inForce = this.detached.latest(this.decisionKey)
			.orElseThrow(() -> new IllegalStateException("No " + this.decisionKey + " table is deployed"))
			.decision();
		return this.asSystem.call(() -> {
			List<HistoricDecisionInstance> recorded = this.historyService.createHistoricDecisionInstanceQuery()
				.decisionDefinitionKey(this.decisionKey)
				.evaluatedAfter(Date.from(since))
				.includeInputs()
				.orderByEvaluationTime()
				.asc()
				.list();
			Map<String, String> businessKeys = businessKeysOf(recorded);
			Map<String, Map<String, String>> variableNames = new HashMap<>();
			Map<String, int[]> tallies = new TreeMap<>();
			List<ChangedOutcome> changes = new ArrayList<>();
			for (HistoricDecisionInstance evaluation : recorded) {
				Map<String, String> names = variableNames.computeIfAbsent(evaluation.getDecisionDefinitionId(),
						this::inputVariables);
				Map<String, Object> inputs = new HashMap<>(this.standing.get());
				for (HistoricDecisionInputInstance input : evaluation.getInputs()) {
					inputs.put(names.get(input.getClauseId()), input.getValue());
				}
				String subject = subject(evaluation, businessKeys);
				String before = answer(inForce, inputs, subject);
				String after = answer(draft, inputs, subject);
				int[] tally = tallies.computeIfAbsent(before, any -> new int[2]);
				tally[0]++;
				if (!Objects.equals(before, after)) {
					tally[1]++;
					changes.add(new ChangedOutcome(subject, before, before, after));
					if (businessKeys.containsKey(evaluation.getProcessInstanceId())) {
						this.auditLog.record(reader, AuditAction.PARTICIPANT_RECORD_READ, null,
								"policy preview of a " + this.decisionKey + " draft: " + subject);
					}
				}
			}
			return new Outcomes(recorded.size(),
					tallies.entrySet()
						.stream()
						.map(group -> new ReplayedByGroup(group.getKey(), group.getValue()[0], group.getValue()[1]))
						.toList(),
					changes);
		});
	}

	/** Each input's variable, by its id, as that version of the table reads it. */
	private Map<String, String> inputVariables(String decisionDefinitionId) {
		Map<String, String> names = new HashMap<>();
		this.repositoryService.getDmnModelInstance(decisionDefinitionId)
			.getModelElementsByType(Input.class)
			.forEach(input -> names.put(input.getId(), input.getInputExpression().getText().getTextContent()));
		return names;
	}

	private String answer(DmnDecision table, Map<String, Object> inputs, String subject) {
		Object answer = DetachedDecisions.replay(table, inputs, subject)
			.map(DmnDecisionResultEntries::getSingleEntry)
			.orElse(null);
		return (answer == null || answer.toString().isBlank()) ? this.emptyAnswer : answer.toString();
	}

	/** The business keys of the processes that took these decisions, in one query. */
	private Map<String, String> businessKeysOf(List<HistoricDecisionInstance> recorded) {
		Set<String> processes = recorded.stream()
			.map(HistoricDecisionInstance::getProcessInstanceId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		Map<String, String> businessKeys = new HashMap<>();
		if (!processes.isEmpty()) {
			this.historyService.createHistoricProcessInstanceQuery()
				.processInstanceIds(processes)
				.list()
				.stream()
				.filter(process -> process.getBusinessKey() != null)
				.forEach(process -> businessKeys.put(process.getId(), process.getBusinessKey()));
		}
		return businessKeys;
	}

	private static String subject(HistoricDecisionInstance evaluation, Map<String, String> businessKeys) {
		String businessKey = businessKeys.get(evaluation.getProcessInstanceId());
		return (businessKey != null) ? businessKey : evaluation.getEvaluationTime().toInstant().toString();
	}

}
