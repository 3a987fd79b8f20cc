package org.waypoint.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/** A policy table from processes/, evaluated as the engine does, without an engine. */
public final class DecisionTables {

	private static final DmnEngine DMN_ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
		.buildEngine();

	private final DmnDecision decision;

	private DecisionTables(DmnDecision decision) {
		this.decision = decision;
	}

	/** Reads the decision with this key from processes/{key}.dmn. */
	public static DecisionTables load(String key) {
		try (InputStream table = Files.newInputStream(Path.of("processes", key + ".dmn"))) {
			return new DecisionTables(DMN_ENGINE.parseDecision(key, table));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public DmnDecisionResult evaluate(Map<String, Object> inputs) {
		return DMN_ENGINE.evaluateDecision(this.decision, inputs);
	}

}
