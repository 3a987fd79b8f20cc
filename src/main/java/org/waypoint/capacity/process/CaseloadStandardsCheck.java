package org.waypoint.capacity.process;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.stereotype.Component;
import org.waypoint.platform.InvalidInputException;
import org.waypoint.platform.decisions.DetachedDecisions;

/**
 * The engine refuses to deploy a caseload-standards table that gives no row or standards
 * that contradict each other, from Modeler too, with the reason: every capacity decision
 * reads the latest version, so a bad one would stop them all.
 */
@Component
class CaseloadStandardsCheck extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<Deployer> deployers = new ArrayList<>();
		if (configuration.getCustomPreDeployers() != null) {
			deployers.addAll(configuration.getCustomPreDeployers());
		}
		deployers.add(CaseloadStandardsCheck::refuseBadStandards);
		configuration.setCustomPreDeployers(deployers);
	}

	/** Only what is deployed now: versions read back from the database passed before. */
	private static void refuseBadStandards(DeploymentEntity deployment) {
		if (!deployment.isNew()) {
			return;
		}
		for (ResourceEntity resource : deployment.getResources().values()) {
			if (resource.getName().endsWith(".dmn") || resource.getName().endsWith(".dmn11.xml")) {
				standardsIn(new String(resource.getBytes(), StandardCharsets.UTF_8))
					.forEach(CaseloadStandardsCheck::check);
			}
		}
	}

	private static List<DmnDecision> standardsIn(String xml) {
		try {
			return DetachedDecisions.parseDraft(xml)
				.stream()
				.filter(decision -> CaseloadStandardsTable.KEY.equals(decision.getKey()))
				.toList();
		}
		catch (InvalidInputException unreadable) {
			// the engine's own deployer says what is wrong with it
			return List.of();
		}
	}

	private static void check(DmnDecision standards) {
		try {
			CaseloadStandardsTable.standardsOf(standards);
		}
		catch (RuntimeException ex) {
			throw new ProcessEngineException(
					"The " + CaseloadStandardsTable.KEY + " table was not deployed: " + ex.getMessage(), ex);
		}
	}

}
