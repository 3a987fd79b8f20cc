package org.waypoint.capacity.process;

import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;
import org.waypoint.capacity.CaseloadStandards;
import org.waypoint.capacity.StandardsInForce;
import org.waypoint.platform.access.AsSystem;

/**
 * The standards as the latest deployed caseload-standards table gives them. Each version
 * is read once: a decision asks which version is the latest (one query) and evaluates the
 * table only when that changed, detached from the engine (it names no one, and the view
 * that asks may read in a read-only transaction).
 */
@Component
class CaseloadStandardsTable implements StandardsInForce {

	static final String KEY = "caseload-standards";

	private final RepositoryService repositoryService;

	private final AsSystem asSystem;

	private volatile Read lastRead;

	CaseloadStandardsTable(RepositoryService repositoryService, AsSystem asSystem) {
		this.repositoryService = repositoryService;
		this.asSystem = asSystem;
	}

	@Override
	public CaseloadStandards current() {
		return this.asSystem.call(() -> {
			DecisionDefinition latest = this.repositoryService.createDecisionDefinitionQuery()
				.decisionDefinitionKey(KEY)
				.latestVersion()
				.singleResult();
			if (latest == null) {
				throw new IllegalStateException("No " + KEY + " table is deployed (processes/" + KEY + ".dmn)");
			}
			Read read = this.lastRead;
			if (read == null || !read.definitionId().equals(latest.getId())) {
				read = new Read(latest.getId(), CaseloadStandards.of(DetachedDecisions.ENGINE
					.evaluateDecision(DetachedDecisions.deployed(this.repositoryService, KEY, latest.getId()), Map.of())
					.getSingleResult()
					.getEntryMap()));
				this.lastRead = read;
			}
			return read.standards();
		});
	}

	private record Read(String definitionId, CaseloadStandards standards) {
	}

}
