package org.waypoint.capacity.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;

/**
 * Decision tables evaluated apart from the process engine: the same FEEL, but nothing
 * written to the decision history, so they can be read in a read-only transaction and a
 * draft can be tried before it is deployed.
 */
final class DetachedDecisions {

	static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

	private DetachedDecisions() {
	}

	/** A deployed version of a table, by its definition id. */
	static DmnDecision deployed(RepositoryService repositoryService, String key, String definitionId) {
		try (InputStream model = repositoryService.getDecisionModel(definitionId)) {
			return ENGINE.parseDecision(key, model);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
