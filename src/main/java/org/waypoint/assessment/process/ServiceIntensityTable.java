package org.waypoint.assessment.process;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;
import org.waypoint.assessment.IntensityInputs;
import org.waypoint.assessment.IntensityPolicy;
import org.waypoint.assessment.ServiceIntensity;
import org.waypoint.platform.access.AsSystem;

/**
 * The service-intensity policy as the administrator deployed it: the latest
 * processes/service-intensity.dmn, whose id and version are stored with each result. Its
 * inputs are clinical: the engine's history does not keep them
 * (waypoint.history.unrecorded-decisions).
 */
@Component
class ServiceIntensityTable implements IntensityPolicy {

	static final String KEY = "service-intensity";

	private final RepositoryService repositoryService;

	private final DecisionService decisionService;

	private final AsSystem asSystem;

	ServiceIntensityTable(RepositoryService repositoryService, DecisionService decisionService, AsSystem asSystem) {
		this.repositoryService = repositoryService;
		this.decisionService = decisionService;
		this.asSystem = asSystem;
	}

	@Override
	public ServiceIntensity decide(IntensityInputs inputs) {
		return this.asSystem.call(() -> {
			DecisionDefinition table = this.repositoryService.createDecisionDefinitionQuery()
				.decisionDefinitionKey(KEY)
				.latestVersion()
				.singleResult();
			DmnDecisionResultEntries result = this.decisionService.evaluateDecisionById(table.getId())
				.variables(variables(inputs))
				.evaluate()
				.getFirstResult();
			if (result == null) {
				throw new IllegalStateException(KEY + " v" + table.getVersion() + " has no rule for " + inputs);
			}
			return intensity(result, table.getId(), table.getVersion());
		});
	}

	/** The table's inputs. */
	static Map<String, Object> variables(IntensityInputs inputs) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("riskLevel", inputs.riskLevel().name());
		variables.put("seriousMentalIllness", inputs.seriousMentalIllness());
		variables.put("substanceUseSeverity", inputs.substanceUseSeverity().name());
		variables.put("functionalImpairment", inputs.functionalImpairment().name());
		variables.put("recentJailOrHospitalStays", inputs.recentJailOrHospitalStays());
		return variables;
	}

	/** The table's answer (its first matching rule). */
	static ServiceIntensity intensity(DmnDecisionResultEntries result, String definitionId, int version) {
		return new ServiceIntensity(result.getEntry("serviceModel"),
				((Number) result.getEntry("contactEveryDays")).intValue(),
				Boolean.TRUE.equals(result.getEntry("peerSpecialistRecommended")),
				Boolean.TRUE.equals(result.getEntry("stepDownCandidate")), definitionId, version);
	}

}
