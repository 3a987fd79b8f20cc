package org.waypoint.assessment.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waypoint.support.DecisionTables;

/**
 * Source 003's matching of intensity to need, at the edges of each rule: one or two jail
 * or hospital stays, some or severe functional impairment, moderate or high risk, use or
 * abuse of substances. Every service model is reachable.
 */
class ServiceIntensityTableTest {

	static final DecisionTables serviceIntensity = DecisionTables.load("service-intensity");

	@ParameterizedTest(name = "SMI {0}, impairment {1}, stays {2}, risk {3}, substances {4}: {5}")
	@CsvSource(delimiter = '|', textBlock = """
			true  | SEVERE | 2 | HIGH     | NONE       | FORENSIC_ACT             | 2 | true  | false
			true  | SEVERE | 2 | MODERATE | NONE       | ACT                      | 3 | true  | false
			true  | SEVERE | 1 | HIGH     | NONE       | BASIC                    | 7 | true  | false
			true  | SOME   | 5 | HIGH     | NONE       | BASIC                    | 7 | true  | false
			true  | SOME   | 0 | LOW      | ABUSE      | INTEGRATED_DUAL_DISORDER | 5 | true  | false
			true  | SOME   | 0 | LOW      | USE        | BASIC                    | 7 | true  | false
			true  | SEVERE | 3 | HIGH     | DEPENDENCE | FORENSIC_ACT             | 2 | true  | false
			false | SEVERE | 4 | HIGH     | DEPENDENCE | BASIC                    | 7 | true  | false
			false | NONE   | 0 | LOW      | USE        | BASIC                    | 7 | false | true
			false | NONE   | 0 | MODERATE | USE        | BASIC                    | 7 | false | false
			false | SOME   | 0 | LOW      | NONE       | BASIC                    | 7 | false | false
			""")
	void intensityMatchesNeed(boolean smi, String impairment, int stays, String risk, String substances,
			String serviceModel, int contactEveryDays, boolean peer, boolean stepDown) {
		DmnDecisionResultEntries result = serviceIntensity
			.evaluate(Map.of("seriousMentalIllness", smi, "functionalImpairment", impairment,
					"recentJailOrHospitalStays", stays, "riskLevel", risk, "substanceUseSeverity", substances))
			.getFirstResult();

		assertThat(result.<String>getEntry("serviceModel")).isEqualTo(serviceModel);
		assertThat(result.<Integer>getEntry("contactEveryDays")).isEqualTo(contactEveryDays);
		assertThat(result.<Boolean>getEntry("peerSpecialistRecommended")).isEqualTo(peer);
		assertThat(result.<Boolean>getEntry("stepDownCandidate")).isEqualTo(stepDown);
	}

}
