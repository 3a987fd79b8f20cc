package org.waypoint.capacity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A change to one of the program's policy tables: the draft, what it would have changed
 * over the recent decisions (its preview), and once deployed, who deployed it, when and
 * why. A preview that is never deployed changes nothing.
 */
@Entity
@Table(name = "policy_change")
public class PolicyChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "decision_key")
	private String decisionKey;

	private String draft;

	/** The deployed version the draft was compared with; empty if none was deployed. */
	@Column(name = "base_version")
	private Integer baseVersion;

	private int months;

	private int replayed;

	private int flipped;

	/** The preview's figures by door, as JSON. */
	private String figures;

	@Column(name = "previewed_by")
	private String previewedBy;

	@Column(name = "previewed_at")
	private Instant previewedAt;

	@Column(name = "deployed_by")
	private String deployedBy;

	@Column(name = "deployed_at")
	private Instant deployedAt;

	private String reason;

	@Column(name = "deployment_id")
	private String deploymentId;

	@Column(name = "deployed_version")
	private Integer deployedVersion;

	protected PolicyChange() {
	}

	PolicyChange(String decisionKey, String draft, Integer baseVersion, int months, int replayed, int flipped,
			String figures, String previewedBy, Instant previewedAt) {
		this.decisionKey = decisionKey;
		this.draft = draft;
		this.baseVersion = baseVersion;
		this.months = months;
		this.replayed = replayed;
		this.flipped = flipped;
		this.figures = figures;
		this.previewedBy = previewedBy;
		this.previewedAt = previewedAt;
	}

	void deployed(String by, Instant at, String why, String deployment, int version) {
		this.deployedBy = by;
		this.deployedAt = at;
		this.reason = why;
		this.deploymentId = deployment;
		this.deployedVersion = version;
	}

	public boolean isDeployed() {
		return this.deployedAt != null;
	}

	public Long getId() {
		return this.id;
	}

	public String getDecisionKey() {
		return this.decisionKey;
	}

	public String getDraft() {
		return this.draft;
	}

	public Integer getBaseVersion() {
		return this.baseVersion;
	}

	public int getMonths() {
		return this.months;
	}

	public int getReplayed() {
		return this.replayed;
	}

	public int getFlipped() {
		return this.flipped;
	}

	public String getFigures() {
		return this.figures;
	}

	public String getPreviewedBy() {
		return this.previewedBy;
	}

	public Instant getPreviewedAt() {
		return this.previewedAt;
	}

	public String getDeployedBy() {
		return this.deployedBy;
	}

	public Instant getDeployedAt() {
		return this.deployedAt;
	}

	public String getReason() {
		return this.reason;
	}

	public String getDeploymentId() {
		return this.deploymentId;
	}

	public Integer getDeployedVersion() {
		return this.deployedVersion;
	}

}
