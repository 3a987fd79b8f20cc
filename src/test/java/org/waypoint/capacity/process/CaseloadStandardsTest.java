package org.waypoint.capacity.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.waypoint.capacity.CaseloadPicture;
import org.waypoint.capacity.CaseloadStandards;
import org.waypoint.support.DecisionTables;
import org.waypoint.support.ShippedSettings;

/**
 * A site changes its caseload numbers in one place, a cell each of the caseload-standards
 * table, and both tables that decide by them follow, every rule and every reason: here an
 * average of 18, a cap of 22, pacing from 16 and an intensive standard of 12, each at its
 * edge.
 */
class CaseloadStandardsTest {

	private static final CaseloadStandards SITE = new CaseloadStandards(22, 18, 16, 12);

	private static final DecisionTables admission = DecisionTables.load("referral-admission");

	private static final DecisionTables capacityAlert = DecisionTables.load("capacity-alert");

	/** A number in a cell: a digit not inside decimal(x, 1), which only rounds. */
	private static final Pattern NUMBER_IN_A_CELL = Pattern.compile("\\d");

	@Test
	void theShippedStandardsAreTheSourcesNumbers() {
		assertThat(ShippedSettings.caseloadStandards()).isEqualTo(new CaseloadStandards(25, 20, 18, 15));
	}

	@Test
	void priorityReferralsFollowTheSitesAverage() {
		DmnDecisionResultEntries toEighteen = admit("LAW_ENFORCEMENT", new CaseloadPicture(1, 17, 17, 0));
		DmnDecisionResultEntries toNineteen = admit("LAW_ENFORCEMENT", new CaseloadPicture(1, 18, 18, 0));

		assertThat(toEighteen.<Boolean>getEntry("overAverage")).isFalse();
		assertThat(toEighteen.<String>getEntry("reason")).contains("at or below 18 (18.0)");
		assertThat(toNineteen.<String>getEntry("decision")).isEqualTo("ACCEPT");
		assertThat(toNineteen.<Boolean>getEntry("overAverage")).isTrue();
		assertThat(toNineteen.<String>getEntry("reason")).contains("above the average of 18 (19.0)",
				"the room up to 22");
	}

	@Test
	void everyReferralFollowsTheSitesCap() {
		assertThat(admit("LAW_ENFORCEMENT", new CaseloadPicture(3, 63, 21, 0)).<String>getEntry("decision"))
			.isEqualTo("ACCEPT");
		for (String priority : List.of("LAW_ENFORCEMENT", "PRETRIAL")) {
			DmnDecisionResultEntries atTheCap = admit(priority, new CaseloadPicture(3, 66, 22, 0));

			assertThat(atTheCap.<String>getEntry("decision")).isEqualTo("DECLINE");
			assertThat(atTheCap.<String>getEntry("reason")).endsWith("no one may hold more than 22");
		}
	}

	@Test
	void pretrialReferralsKeepTheReserveUnderTheSitesAverage() {
		// 2 case managers, 26 participants: 27 + 9 expected = 36, average 18.0; one more
		// 18.5
		DmnDecisionResultEntries withReserve = admit("PRETRIAL", new CaseloadPicture(2, 26, 13, 9));
		DmnDecisionResultEntries withoutReserve = admit("PRETRIAL", new CaseloadPicture(2, 26, 13, 10));

		assertThat(withReserve.<String>getEntry("decision")).isEqualTo("ACCEPT");
		assertThat(withReserve.<String>getEntry("reason")).contains("at or below 18 (18.0)");
		assertThat(withoutReserve.<String>getEntry("decision")).isEqualTo("DECLINE");
		assertThat(withoutReserve.<String>getEntry("reason")).endsWith("the average would be 18.5, above 18");
	}

	@Test
	void supervisorsAreToldAtTheSitesNumbers() {
		assertThat(alert(15.9, 21, 12)).isNull();
		assertThat(alert(15.9, 22, 0)).contains("holds 22 participants, the cap of 22");
		assertThat(alert(16.0, 21, 0)).contains("at or above the pacing threshold of 16 (policy average 18)");
		assertThat(alert(15.9, 21, 13)).contains("holds 13 participants in intensive service models",
				"the intensive standard of at most 12");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "referral-admission", "capacity-alert" })
	void noRuleOrReasonTypesANumberOfItsOwn(String table) throws IOException {
		String dmn = Files.readString(Path.of("processes", table + ".dmn"));
		Matcher cells = Pattern.compile("<(inputEntry|outputEntry)[^>]*>\\s*<text>(.*?)</text>", Pattern.DOTALL)
			.matcher(dmn);
		int checked = 0;
		while (cells.find()) {
			String cell = cells.group(2).replaceAll("decimal\\((\\w+), 1\\)", "decimal($1)");
			assertThat(NUMBER_IN_A_CELL.matcher(cell).find()).as(table + ": " + cells.group(2)).isFalse();
			checked++;
		}
		assertThat(checked).as("cells read").isGreaterThan(10);
	}

	@Test
	void standardsThatContradictEachOtherAreRefusedWithTheReason() {
		assertThatThrownBy(() -> new CaseloadStandards(25, 20, 21, 15))
			.hasMessageContaining("pacing threshold (21) <= average limit (20) <= cap (25)");
		assertThatThrownBy(() -> new CaseloadStandards(25, 26, 18, 15))
			.hasMessageContaining("average limit (26) <= cap (25)");
		assertThatThrownBy(() -> new CaseloadStandards(25, 20, 18, 26)).hasMessageContaining("intensive standard (26)");
	}

	private static DmnDecisionResultEntries admit(String priority, CaseloadPicture picture) {
		return admission.evaluate(ReferralAdmissionDecision.inputs(priority, picture, SITE)).getSingleResult();
	}

	private static String alert(double average, int highest, int highestIntensive) {
		Map<String, Object> inputs = new HashMap<>(SITE.asDecisionInputs());
		inputs.putAll(Map.of("averageCaseload", average, "highestCaseload", highest, "highestIntensiveCaseload",
				highestIntensive));
		return capacityAlert.evaluate(inputs).getSingleResult().getSingleEntry();
	}

}
