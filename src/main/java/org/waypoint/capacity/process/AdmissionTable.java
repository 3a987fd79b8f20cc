package org.waypoint.capacity.process;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;
import org.waypoint.capacity.AdmissionPolicy;
import org.waypoint.capacity.AdmissionRuling;
import org.waypoint.capacity.CaseloadPicture;
import org.waypoint.capacity.CaseloadStandards;
import org.waypoint.platform.access.AsSystem;

/**
 * The admission policy as the administrator deployed it: the latest referral-admission
 * table, whose id and version go with every ruling.
 */
@Component
class AdmissionTable implements AdmissionPolicy {

	private final RepositoryService repositoryService;

	private final DecisionService decisionService;

	private final AsSystem asSystem;

	AdmissionTable(RepositoryService repositoryService, DecisionService decisionService, AsSystem asSystem) {
		this.repositoryService = repositoryService;
		this.decisionService = decisionService;
		this.asSystem = asSystem;
	}

	@Override
	public AdmissionRuling rule(String priority, CaseloadPicture picture, CaseloadStandards standards) {
		return this.asSystem.call(() -> evaluate(priority, picture, standards));
	}

	private AdmissionRuling evaluate(String priority, CaseloadPicture picture, CaseloadStandards standards) {
		DecisionDefinition table = this.repositoryService.createDecisionDefinitionQuery()
			.decisionDefinitionKey(ReferralAdmissionDecision.KEY)
			.latestVersion()
			.singleResult();
		DmnDecisionRuleResult result = this.decisionService.evaluateDecisionTableById(table.getId())
			.variables(ReferralAdmissionDecision.inputs(priority, picture, standards))
			.evaluate()
			.getSingleResult();
		if (result == null) {
			throw new IllegalStateException(
					"referral-admission v" + table.getVersion() + " has no rule for priority " + priority);
		}
		return new AdmissionRuling(AdmissionRuling.ACCEPT.equals(result.getEntry(ReferralAdmissionDecision.DECISION)),
				Boolean.TRUE.equals(result.getEntry(ReferralAdmissionDecision.OVER_AVERAGE)),
				result.getEntry(ReferralAdmissionDecision.REASON), table.getId(), table.getVersion());
	}

}
