package org.waypoint.capacity;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waypoint.platform.ConflictException;
import org.waypoint.platform.NotFoundException;

/** The policy changes previewed and deployed, with who, when and why. */
@Service
public class PolicyChanges {

	private final PolicyChangeRepository changes;

	private final Clock clock;

	PolicyChanges(PolicyChangeRepository changes, Clock clock) {
		this.changes = changes;
		this.clock = clock;
	}

	/** Keeps a preview; it changes nothing until it is deployed. */
	@Transactional
	public PolicyChange previewed(String decisionKey, String draft, Integer baseVersion, int months, int replayed,
			int flipped, String figures, String previewedBy) {
		return this.changes.save(new PolicyChange(decisionKey, draft, baseVersion, months, replayed, flipped, figures,
				previewedBy, this.clock.instant()));
	}

	/**
	 * A preview about to be deployed, locked until the caller's transaction ends; refused
	 * when it was deployed already.
	 */
	@Transactional
	public PolicyChange toDeploy(long id) {
		PolicyChange change = this.changes.findLockedById(id)
			.orElseThrow(() -> new NotFoundException("No policy preview " + id));
		if (change.isDeployed()) {
			throw new ConflictException("Preview " + id + " was deployed already, as " + change.getDecisionKey()
					+ " version " + change.getDeployedVersion() + " by " + change.getDeployedBy());
		}
		return change;
	}

	@Transactional
	public PolicyChange deployed(PolicyChange change, String deployedBy, String reason, String deploymentId,
			int version) {
		change.deployed(deployedBy, this.clock.instant(), reason, deploymentId, version);
		return this.changes.save(change);
	}

	/** Every deployed change, the latest first. */
	@Transactional(readOnly = true)
	public List<PolicyChange> deployedChanges() {
		return this.changes.findByDeployedAtIsNotNullOrderByDeployedAtDesc();
	}

}
