package org.waypoint.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waypoint.referral.Door;
import org.waypoint.referral.NewReferral;
import org.waypoint.referral.ReferralService;
import org.waypoint.support.CaseloadFixture;
import org.waypoint.support.PolicyDrafts;
import org.waypoint.support.TestLogins;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * An administrator changes a caseload standard in its one cell of caseload-standards and
 * deploys it, as from Camunda Modeler: the next decision follows it, in its rules and its
 * reasons, and so does the roster, with no rebuild and no restart.
 */
@WaypointIntegrationTest
class AdmissionPolicyChangeIT {

	@Autowired
	ProcessEngine engine;

	@Autowired
	CapacityService capacity;

	@Autowired
	AdmissionPolicy admissionPolicy;

	@Autowired
	ReferralService referralService;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestRestTemplate rest;

	private String changedDeployment;

	@BeforeEach
	void oneCaseManagerHoldingEighteen() {
		CaseloadFixture.onlyCaseManagersHolding(this.engine, this.jdbc, this.capacity, Map.of("cm-solo", 18));
	}

	@AfterEach
	void restoreTheShippedTable() {
		if (this.changedDeployment != null) {
			this.repositoryService.deleteDeployment(this.changedDeployment, true);
		}
	}

	@Test
	void loweringTheAverageLimitToEighteenTurnsTheNextPretrialReferralAway() {
		// 18 held: 19 after acceptance, within 20
		CapacityDecision underTwenty = this.capacity.decide(pretrialReferral("policy-1"), "PRETRIAL",
				this.admissionPolicy);
		assertThat(underTwenty.isAccepted()).isTrue();

		this.changedDeployment = deployStandards("OutputEntry_AverageLimit", 18);
		// 19 held: 20 after acceptance, above 18
		CapacityDecision underEighteen = this.capacity.decide(pretrialReferral("policy-2"), "PRETRIAL",
				this.admissionPolicy);

		assertThat(underEighteen.isAccepted()).isFalse();
		assertThat(underEighteen.getAverageWithPriorityReserve()).isEqualTo(20.0);
		assertThat(underEighteen.getReason()).endsWith("the average would be 20.0, above 18");
	}

	@Test
	@SuppressWarnings("unchecked")
	void loweringTheCapToTwentyTwoKeepsOwnLimitsUnderIt() {
		this.capacity.setOwnLimit("cm-solo", 23);

		this.changedDeployment = deployStandards("OutputEntry_Cap", 22);

		// a read-only view is the first to read the new version
		assertThat(this.capacity.staffCaseloads()).singleElement()
			.satisfies(line -> assertThat(line.ownLimit()).as("23 is above the cap now").isEqualTo(22));
		assertThat(this.capacity.cap()).isEqualTo(22);
		assertThatThrownBy(() -> this.capacity.setOwnLimit("cm-solo", 23))
			.hasMessageContaining("limit must be between 1 and the site's cap of 22, not 23");
		List<Map<String, Object>> listed = this.rest.withBasicAuth("sam", TestLogins.passwordOf("sam"))
			.getForObject("/api/case-managers", List.class);
		assertThat(listed).as("the supervisor's list shows the limit that applies")
			.singleElement()
			.satisfies(member -> assertThat(member).containsEntry("limit", 22).containsEntry("ownLimit", 22));
	}

	@Test
	void standardsThatContradictEachOtherAreNotDeployedAndDecisionsGoOn() {
		// kept for the clean-up should it ever be deployed
		assertThatThrownBy(() -> this.changedDeployment = deployStandards("OutputEntry_AverageLimit", 26))
			.hasMessageContaining("The caseload-standards table was not deployed")
			.hasMessageContaining("average limit (26) <= cap (25)");

		assertThat(this.capacity.cap()).isEqualTo(25);
		assertThat(this.capacity.decide(pretrialReferral("policy-3"), "PRETRIAL", this.admissionPolicy).isAccepted())
			.as("18 held: 19 after acceptance, within the shipped 20")
			.isTrue();
	}

	/**
	 * The shipped caseload-standards with one cell changed, deployed as a new version.
	 */
	private String deployStandards(String cell, int value) {
		return this.repositoryService.createDeployment()
			.name("caseload standards: " + cell + " " + value)
			.addString("caseload-standards.dmn", PolicyDrafts.withCell("caseload-standards", cell, value))
			.deploy()
			.getId();
	}

	private long pretrialReferral(String partnerReference) {
		return this.referralService
			.submit(new NewReferral(Door.PRETRIAL_DIVERSION, partnerReference, "Pat", "Lee-" + partnerReference, null,
					null, "District Attorney", null, null, null), "rita")
			.referral()
			.getId();
	}

}
