package org.waypoint.capacity.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waypoint.support.DecisionTables;
import org.waypoint.support.ShippedSettings;

/**
 * When supervisors hear about staffing, under the caseload standards as shipped: average
 * 17.9 vs 18 (pacing), one caseload 24 vs 25 (cap), 15 vs 16 participants in intensive
 * service models on one caseload (the intensive standard of 12 to 15).
 */
class CapacityAlertTableTest {

	static final DecisionTables capacityAlert = DecisionTables.load("capacity-alert");

	@ParameterizedTest(name = "average {0}, largest {1}, intensive {2}: {3}")
	@CsvSource(delimiter = '|', nullValues = "none", textBlock = """
			17.9 | 24 | 0  | none
			18.0 | 24 | 0  | at or above the pacing threshold of 18
			12.0 | 25 | 0  | holds 25 participants, the cap of 25
			19.0 | 26 | 0  | holds 26 participants
			0.0  | 0  | 0  | none
			14.0 | 15 | 15 | none
			14.0 | 16 | 16 | holds 16 participants in intensive service models
			18.0 | 16 | 16 | at or above the pacing threshold of 18
			""")
	void supervisorsAreToldAtThePacingThresholdTheCapAndAboveTheIntensiveStandard(double average, int highest,
			int highestIntensive, String expectedAlert) {
		Map<String, Object> inputs = new HashMap<>(ShippedSettings.caseloadStandards().asDecisionInputs());
		inputs.putAll(Map.of("averageCaseload", average, "highestCaseload", highest, "highestIntensiveCaseload",
				highestIntensive));
		String alert = capacityAlert.evaluate(inputs).getSingleResult().getSingleEntry();

		if (expectedAlert == null) {
			assertThat(alert).isNull();
		}
		else {
			assertThat(alert).contains(expectedAlert);
		}
	}

}
