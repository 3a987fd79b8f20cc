package org.waypoint.lifecycle.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waypoint.capacity.AdmissionPolicy;
import org.waypoint.capacity.CapacityDecision;
import org.waypoint.capacity.CapacityService;
import org.waypoint.referral.Door;
import org.waypoint.referral.NewReferral;
import org.waypoint.referral.ReferralService;
import org.waypoint.support.CaseloadFixture;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * An administrator tightens the pretrial reserve in referral-admission (pretrial
 * referrals only while the average with the expected priority referrals stays two under
 * the average limit) and deploys it, as from Camunda Modeler: the next referral follows
 * the new table, no rebuild.
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
	void loweringTheAverageLimitToEighteenTurnsTheNextPretrialReferralAway() throws IOException {
		// 18 held: 19 after acceptance, within 20
		CapacityDecision underTwenty = this.capacity.decide(pretrialReferral("policy-1"), "PRETRIAL",
				this.admissionPolicy);
		assertThat(underTwenty.isAccepted()).isTrue();

		this.changedDeployment = this.repositoryService.createDeployment()
			.name("pretrial reserve two under the average limit")
			.addString("referral-admission.dmn",
					Files.readString(Path.of("processes/referral-admission.dmn"))
						.replace("InputEntry_PretrialWithReserveReserve\"><text>&lt;= averageLimit",
								"InputEntry_PretrialWithReserveReserve\"><text>&lt;= averageLimit - 2")
						.replace("InputEntry_PretrialWithoutReserveReserve\"><text>&gt; averageLimit",
								"InputEntry_PretrialWithoutReserveReserve\"><text>&gt; averageLimit - 2")
						.replace("\", above \" + string(averageLimit)", "\", above \" + string(averageLimit - 2)"))
			.deploy()
			.getId();
		// 19 held: 20 after acceptance, above 18
		CapacityDecision underEighteen = this.capacity.decide(pretrialReferral("policy-2"), "PRETRIAL",
				this.admissionPolicy);

		assertThat(underEighteen.isAccepted()).isFalse();
		assertThat(underEighteen.getDecisionVersion()).isEqualTo(underTwenty.getDecisionVersion() + 1);
		assertThat(underEighteen.getAverageWithPriorityReserve()).isEqualTo(20.0);
		assertThat(underEighteen.getReason()).endsWith("the average would be 20.0, above 18");
	}

	private long pretrialReferral(String partnerReference) {
		return this.referralService
			.submit(new NewReferral(Door.PRETRIAL_DIVERSION, partnerReference, "Pat", "Lee-" + partnerReference, null,
					null, "District Attorney", null, null, null), "rita")
			.referral()
			.getId();
	}

}
