package org.waypoint.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.waypoint.capacity.CaseloadPicture;
import org.waypoint.lifecycle.process.ReferralAdmissionDecision;
import org.waypoint.support.DecisionTables;

/**
 * The program view draws its lines where the tables decide: the policy average where
 * referral-admission starts to accept above the average, the pacing threshold and the
 * intensive standard where capacity-alert speaks.
 */
class ProgramNumbersTest {

	private static final Properties settings = settings();

	private static final DecisionTables admission = DecisionTables.load("referral-admission");

	private static final DecisionTables capacityAlert = DecisionTables.load("capacity-alert");

	@Test
	void thePolicyAverageIsWhereAdmissionGoesAboveTheAverage() {
		int average = number("waypoint.program.average-limit");

		assertThat(admit(new CaseloadPicture(1, average - 1, average - 1, 0)).<Boolean>getEntry("overAverage"))
			.isFalse();
		assertThat(admit(new CaseloadPicture(1, average, average, 0)).<Boolean>getEntry("overAverage")).isTrue();
	}

	@Test
	void thePacingThresholdAndTheIntensiveStandardAreWhereSupervisorsAreTold() {
		int pacing = number("waypoint.program.pacing-threshold");
		int intensive = number("waypoint.program.intensive-standard");

		assertThat(alert(pacing - 0.1, 0)).isNull();
		assertThat(alert(pacing, 0)).contains("pacing threshold of " + pacing);
		assertThat(alert(0, intensive)).isNull();
		assertThat(alert(0, intensive + 1)).contains("intensive service models");
	}

	private static DmnDecisionResultEntries admit(CaseloadPicture picture) {
		return admission.evaluate(ReferralAdmissionDecision.inputs("LAW_ENFORCEMENT", picture)).getSingleResult();
	}

	private static String alert(double average, int highestIntensive) {
		return capacityAlert
			.evaluate(Map.of("averageCaseload", average, "highestCaseload", highestIntensive,
					"highestIntensiveCaseload", highestIntensive))
			.getSingleResult()
			.getSingleEntry();
	}

	private static int number(String property) {
		return Integer.parseInt(settings.getProperty(property));
	}

	private static Properties settings() {
		YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(new ClassPathResource("application.yaml"));
		return yaml.getObject();
	}

}
