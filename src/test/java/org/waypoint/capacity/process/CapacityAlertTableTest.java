package org.waypoint.capacity.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waypoint.support.DecisionTables;

/**
 * When supervisors hear about staffing: average 17.9 vs 18 (pacing), one caseload 24 vs
 * 25 (cap).
 */
class CapacityAlertTableTest {

	static final DecisionTables capacityAlert = DecisionTables.load("capacity-alert");

	@ParameterizedTest(name = "average {0}, largest {1}: {2}")
	@CsvSource(delimiter = '|', nullValues = "none", textBlock = """
			17.9 | 24 | none
			18.0 | 24 | at or above the pacing threshold of 18
			12.0 | 25 | holds 25 participants, the cap of 25
			19.0 | 26 | holds 26 participants
			0.0  | 0  | none
			""")
	void supervisorsAreToldAtThePacingThresholdAndAtTheCap(double average, int highest, String expectedAlert) {
		String alert = capacityAlert.evaluate(Map.of("averageCaseload", average, "highestCaseload", highest))
			.getSingleResult()
			.getSingleEntry();

		if (expectedAlert == null) {
			assertThat(alert).isNull();
		}
		else {
			assertThat(alert).contains(expectedAlert);
		}
	}

}
