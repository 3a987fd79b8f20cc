package org.waypoint.platform.decisions;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.DmnEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.xml.ModelException;
import org.springframework.stereotype.Component;
import org.waypoint.platform.InvalidInputException;
import org.waypoint.platform.access.AsSystem;

/**
 * Decision tables evaluated apart from the process engine: the same FEEL, but nothing
 * written to the decision history, so a table can be read in a read-only transaction and
 * a draft tried before it is deployed.
 */
@Component
public class DetachedDecisions {

	/** What a refused draft's answer says. */
	public static final String NOT_PREVIEWED = "The draft was not previewed";

	private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

	private final RepositoryService repositoryService;

	private final AsSystem asSystem;

	DetachedDecisions(RepositoryService repositoryService, AsSystem asSystem) {
		this.repositoryService = repositoryService;
		this.asSystem = asSystem;
	}

	/** A deployed version of a table. */
	public record Version(String key, int number, String definitionId) {
	}

	/** A deployed version of a table, read. */
	public record Deployed(DmnDecision decision, int version) {
	}

	/** The latest deployed version of the table, without reading it; empty when none. */
	public Optional<Version> latestVersion(String key) {
		return this.asSystem.call(
				() -> Optional
					.ofNullable(this.repositoryService.createDecisionDefinitionQuery()
						.decisionDefinitionKey(key)
						.latestVersion()
						.singleResult())
					.map(definition -> new Version(key, definition.getVersion(), definition.getId())));
	}

	/** The latest deployed version of the table, read; empty when none is deployed. */
	public Optional<Deployed> latest(String key) {
		return latestVersion(key).map(version -> new Deployed(read(version), version.number()));
	}

	public DmnDecision read(Version version) {
		return this.asSystem.call(() -> {
			try (InputStream model = this.repositoryService.getDecisionModel(version.definitionId())) {
				return ENGINE.parseDecision(version.key(), model);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/**
	 * Every decision of a DMN file as Modeler saves it.
	 * @throws InvalidInputException when Camunda cannot read it
	 */
	public static List<DmnDecision> parseDraft(String xml) {
		if (xml == null || xml.isBlank()) {
			throw new InvalidInputException(NOT_PREVIEWED, List.of("the body must be a DMN file"));
		}
		try {
			return ENGINE.parseDecisions(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
		}
		catch (DmnEngineException | ModelException ex) {
			throw new InvalidInputException(NOT_PREVIEWED,
					List.of("not a DMN file Camunda can read: " + ex.getMessage()));
		}
	}

	/** The decision of that key in a draft. */
	public static DmnDecision draftOf(String key, String xml) {
		return parseDraft(xml).stream()
			.filter(decision -> decision.getKey().equals(key))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException(NOT_PREVIEWED, List.of("the draft holds no " + key)));
	}

	/** The first matching rule's answer, or empty when none matches. */
	public static Optional<DmnDecisionResultEntries> evaluate(DmnDecision table, Map<String, Object> inputs) {
		return Optional.ofNullable(ENGINE.evaluateDecision(table, inputs).getFirstResult());
	}

	/**
	 * A draft's, or the table in force's, answer on what the program met.
	 * @param subject what was being decided, named in the refusal when the table fails on
	 * it
	 * @throws InvalidInputException when the table cannot decide these inputs: the
	 * draft's failure, or the one in force's that the draft is compared with
	 */
	public static Optional<DmnDecisionResultEntries> replay(DmnDecision table, Map<String, Object> inputs,
			String subject) {
		try {
			return evaluate(table, inputs);
		}
		catch (RuntimeException ex) {
			throw new InvalidInputException(NOT_PREVIEWED, List.of(subject + ": " + ex.getMessage()));
		}
	}

}
