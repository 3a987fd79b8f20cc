package org.waypoint.lifecycle.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waypoint.capacity.CaseloadPicture;
import org.waypoint.capacity.process.ReferralAdmissionDecision;
import org.waypoint.support.DecisionTables;
import org.waypoint.support.ShippedSettings;

/**
 * The referral policy of source 000 at its edges, read from the tables an administrator
 * edits, under the caseload standards as shipped: average 20 vs 21, one case manager at
 * 24 / 25 / 26, pretrial with and without the reserve for priority referrals, and each
 * door.
 */
class ReferralDecisionTablesTest {

	static final DecisionTables priority = DecisionTables.load("referral-priority");

	static final DecisionTables admission = DecisionTables.load("referral-admission");

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource({ "LAW_ENFORCEMENT_ARREST_DIVERSION, LAW_ENFORCEMENT", "LAW_ENFORCEMENT_SOCIAL_CONTACT, LAW_ENFORCEMENT",
			"COMMUNITY, COMMUNITY", "PRETRIAL_DIVERSION, PRETRIAL", "PROGRAM_RETURN, COMMUNITY" })
	void eachDoorHasItsPriority(String door, String expectedPriority) {
		DmnDecisionResultEntries result = priority.evaluate(Map.of("door", door)).getSingleResult();

		assertThat(result.<String>getEntry("priority")).isEqualTo(expectedPriority);
	}

	@Test
	void anUnknownDoorHasNoPriority() {
		assertThat(priority.evaluate(Map.of("door", "WALK_IN")).getResultList()).isEmpty();
	}

	@Test
	void priorityReferralThatKeepsTheAverageAtTwentyIsAcceptedWithinTheAverage() {
		// one case manager at 19: 20 after acceptance
		DmnDecisionResultEntries result = admit("LAW_ENFORCEMENT", new CaseloadPicture(1, 19, 19, 0));

		assertThat(result.<String>getEntry("decision")).isEqualTo("ACCEPT");
		assertThat(result.<Boolean>getEntry("overAverage")).isFalse();
	}

	@Test
	void priorityReferralThatTakesTheAverageToTwentyOneIsAcceptedOverTheAverage() {
		// one case manager at 20: 21 after acceptance
		DmnDecisionResultEntries result = admit("LAW_ENFORCEMENT", new CaseloadPicture(1, 20, 20, 0));

		assertThat(result.<String>getEntry("decision")).isEqualTo("ACCEPT");
		assertThat(result.<Boolean>getEntry("overAverage")).isTrue();
		assertThat(result.<String>getEntry("reason")).contains("above the average of 20", "21.0");
	}

	@ParameterizedTest(name = "least-loaded case manager at {0}: {1}")
	@CsvSource({ "24, ACCEPT", "25, DECLINE", "26, DECLINE" })
	void priorityReferralNeedsACaseManagerBelowTheCap(int lowestCaseload, String expectedDecision) {
		DmnDecisionResultEntries result = admit("LAW_ENFORCEMENT",
				new CaseloadPicture(3, lowestCaseload * 3, lowestCaseload, 0));

		assertThat(result.<String>getEntry("decision")).isEqualTo(expectedDecision);
		if (expectedDecision.equals("DECLINE")) {
			assertThat(result.<String>getEntry("reason")).contains("no one may hold more than 25");
		}
	}

	@Test
	void pretrialReferralIsAcceptedWhileTheExpectedPriorityReferralsStillFitTheAverage() {
		// 2 case managers, 30 participants: 31 + 9 expected = 40, average 20.0
		DmnDecisionResultEntries result = admit("PRETRIAL", new CaseloadPicture(2, 30, 15, 9));

		assertThat(result.<String>getEntry("decision")).isEqualTo("ACCEPT");
		assertThat(result.<Boolean>getEntry("overAverage")).isFalse();
	}

	@Test
	void pretrialReferralIsDeclinedWhenItWouldEatTheReserveForPriorityReferrals() {
		// one more expected priority referral: 41 / 2 = 20.5
		DmnDecisionResultEntries result = admit("PRETRIAL", new CaseloadPicture(2, 30, 15, 10));

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
		DmnDecisionResultEntries result = admit(priority, new CaseloadPicture(0, 0, null, 0));

		assertThat(result.<String>getEntry("decision")).isEqualTo("DECLINE");
		assertThat(result.<String>getEntry("reason")).contains("no case manager is active");
	}

	@ParameterizedTest(name = "{0} referral, everyone who takes referrals at their own limit")
	@CsvSource({ "LAW_ENFORCEMENT", "COMMUNITY", "PRETRIAL" })
	void withEveryoneAtTheirOwnLimitTheReferralIsDeclinedNamingTheLimits(String priority) {
		// two part-time case managers with limits of 12, both at 12 (0.48 + 0.48 FTE)
		DmnDecisionResultEntries result = admit(priority,
				new CaseloadPicture(2, 0.96, 24, 12, 0, false, "casey 12 of 12, dana 12 of 12"));

		assertThat(result.<String>getEntry("decision")).isEqualTo("DECLINE");
		assertThat(result.<String>getEntry("reason")).isEqualTo(
				"Declined: every case manager who takes referrals is at their own limit (casey 12 of 12, dana 12 of 12)");
	}

	@Test
	void oneUnderTheirOwnLimitIsRoomAndTheAverageCountsFullTimeEquivalents() {
		// 23 participants over 0.96 FTE: 25.0 after acceptance, above the average of 20
		DmnDecisionResultEntries result = admit("LAW_ENFORCEMENT",
				new CaseloadPicture(2, 0.96, 23, 11, 0, true, "casey 11 of 12, dana 12 of 12"));

		assertThat(result.<String>getEntry("decision")).isEqualTo("ACCEPT");
		assertThat(result.<Boolean>getEntry("overAverage")).isTrue();
		assertThat(result.<String>getEntry("reason")).contains("25.0");
	}

	private static DmnDecisionResultEntries admit(String priority, CaseloadPicture picture) {
		return admission
			.evaluate(ReferralAdmissionDecision.inputs(priority, picture, ShippedSettings.caseloadStandards()))
			.getSingleResult();
	}

}
