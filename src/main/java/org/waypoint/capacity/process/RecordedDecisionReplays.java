package org.waypoint.capacity.process;

import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.waypoint.audit.AuditLog;
import org.waypoint.capacity.CapacityService;
import org.waypoint.capacity.DraftReplay;
import org.waypoint.platform.access.AsSystem;
import org.waypoint.platform.decisions.DetachedDecisions;

/**
 * The policy tables whose inputs the engine's decision history keeps (they name no one),
 * previewed over it.
 */
@Configuration
class RecordedDecisionReplays {

	@Bean
	DraftReplay eligibilityReplay(HistoryService history, RepositoryService repository, DetachedDecisions detached,
			AsSystem asSystem, AuditLog auditLog) {
		return new RecordedDecisionReplay("referral-eligibility", "eligible", Map::of, history, repository, detached,
				asSystem, auditLog);
	}

	@Bean
	DraftReplay capacityAlertReplay(HistoryService history, RepositoryService repository, DetachedDecisions detached,
			AsSystem asSystem, AuditLog auditLog, CapacityService capacityService) {
		return new RecordedDecisionReplay("capacity-alert", "within the policy",
				() -> capacityService.standards().asDecisionInputs(), history, repository, detached, asSystem,
				auditLog);
	}

}
