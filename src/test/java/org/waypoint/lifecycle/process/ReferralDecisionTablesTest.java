package org.waypoint.lifecycle.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waypoint.capacity.CaseloadPicture;

/**
 * The referral policy of source 000 at its edges, read from the tables an administrator
 * edits: average 20 vs 21, one case manager at 24 / 25 / 26, pretrial with and without
 * the reserve for priority referrals, and each door.
 */
class ReferralDecisionTablesTest {

	static DmnDecision priority;

	static DmnDecision admission;

	static DmnEngine dmnEngine;

	@BeforeAll
	static void parseTables() throws IOException {
		dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		priority = parse("processes/referral-priority.dmn", "referral-priority");
		admission = parse("processes/referral-admission.dmn", "referral-admission");
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource({ "LAW_ENFORCEMENT_ARREST_DIVERSION, LAW_ENFORCEMENT", "LAW_ENFORCEMENT_SOCIAL_CONTACT, LAW_ENFORCEMENT",
			"COMMUNITY, COMMUNITY", "PRETRIAL_DIVERSION, PRETRIAL" })
	void eachDoorHasItsPriority(String door, String expectedPriority) {
		DmnDecisionRuleResult result = dmnEngine.evaluateDecisionTable(priority, Map.of("door", door))
			.getSingleResult();

		assertThat(result.<String>getEntry("priority")).isEqualTo(expectedPriority);
	}

	@Test
	void anUnknownDoorHasNoPriority() {
		assertThat(dmnEngine.evaluateDecisionTable(priority, Map.of("door", "WALK_IN")).getResultList()).isEmpty();
	}

	@Test
	void priorityReferralThatKeepsTheAverageAtTwentyIsAcceptedWithinTheAverage() {
		// one case manager at 19: 20 after acceptance
		DmnDecisionRuleResult result = admit("LAW_ENFORCEMENT", new CaseloadPicture(1, 19, 19, 0));

		assertThat(result.<String>getEntry("decision")).isEqualTo("ACCEPT");
		assertThat(result.<Boolean>getEntry("overAverage")).isFalse();
	}

	@Test
	void priorityReferralThatTakesTheAverageToTwentyOneIsAcceptedOverTheAverage() {
		// one case manager at 20: 21 after acceptance
		DmnDecisionRuleResult result = admit("LAW_ENFORCEMENT", new CaseloadPicture(1, 20, 20, 0));

		assertThat(result.<String>getEntry("decision")).isEqualTo("ACCEPT");
		assertThat(result.<Boolean>getEntry("overAverage")).isTrue();
		assertThat(result.<String>getEntry("reason")).contains("above the average of 20", "21.0");
	}

	@ParameterizedTest(name = "least-loaded case manager at {0}: {1}")
	@CsvSource({ "24, ACCEPT", "25, DECLINE", "26, DECLINE" })
	void priorityReferralNeedsACaseManagerBelowTheCap(int lowestCaseload, String expectedDecision) {
		DmnDecisionRuleResult result = admit("LAW_ENFORCEMENT",
				new CaseloadPicture(3, lowestCaseload * 3, lowestCaseload, 0));

		assertThat(result.<String>getEntry("decision")).isEqualTo(expectedDecision);
		if (expectedDecision.equals("DECLINE")) {
			assertThat(result.<String>getEntry("reason")).contains("no one may hold more than 25");
		}
	}

	@Test
	void pretrialReferralIsAcceptedWhileTheExpectedPriorityReferralsStillFitTheAverage() {
		// 2 case managers, 30 participants: 31 + 9 expected = 40, average 20.0
		DmnDecisionRuleResult result = admit("PRETRIAL", new CaseloadPicture(2, 30, 15, 9));

		assertThat(result.<String>getEntry("decision")).isEqualTo("ACCEPT");
		assertThat(result.<Boolean>getEntry("overAverage")).isFalse();
	}

	@Test
	void pretrialReferralIsDeclinedWhenItWouldEatTheReserveForPriorityReferrals() {
		// one more expected priority referral: 41 / 2 = 20.5
		DmnDecisionRuleResult result = admit("PRETRIAL", new CaseloadPicture(2, 30, 15, 10));

		assertThat(result.<String>getEntry("decision")).isEqualTo("DECLINE");
		assertThat(result.<String>getEntry("reason")).contains("all expected priority referrals", "20.5");
	}

	@Test
	void pretrialReferralIsDeclinedAboveTheAverageEvenWithNoPriorityReferralsExpected() {
		// 2 case managers at 20: 41 / 2 = 20.5 with nothing reserved
		assertThat(admit("PRETRIAL", new CaseloadPicture(2, 40, 20, 0)).<String>getEntry("decision"))
			.isEqualTo("DECLINE");
	}

	@ParameterizedTest(name = "{0} referral with no active case manager is declined")
	@CsvSource({ "LAW_ENFORCEMENT", "COMMUNITY", "PRETRIAL" })
	void referralWithNoActiveCaseManagerIsDeclined(String priority) {
		DmnDecisionRuleResult result = admit(priority, new CaseloadPicture(0, 0, null, 0));

		assertThat(result.<String>getEntry("decision")).isEqualTo("DECLINE");
		assertThat(result.<String>getEntry("reason")).contains("no case manager is active");
	}

	private static DmnDecisionRuleResult admit(String priority, CaseloadPicture picture) {
		return dmnEngine.evaluateDecisionTable(admission, ReferralAdmissionDecision.inputs(priority, picture))
			.getSingleResult();
	}

	private static DmnDecision parse(String file, String decisionKey) throws IOException {
		try (InputStream table = Files.newInputStream(Path.of(file))) {
			return dmnEngine.parseDecision(decisionKey, table);
		}
	}

}
