package org.waypoint.assessment.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.waypoint.assessment.AssessmentService;
import org.waypoint.assessment.IntensityInputs;
import org.waypoint.assessment.Levels.Impairment;
import org.waypoint.assessment.Levels.RiskLevel;
import org.waypoint.assessment.Levels.SubstanceUseSeverity;
import org.waypoint.audit.AuditLog;
import org.waypoint.capacity.DraftReplay.ChangedOutcome;
import org.waypoint.capacity.DraftReplay.Outcomes;
import org.waypoint.participant.ParticipantService;
import org.waypoint.platform.InvalidInputException;
import org.waypoint.platform.decisions.DetachedDecisions;
import org.waypoint.platform.decisions.DetachedDecisions.Deployed;
import org.waypoint.support.PolicyDrafts;

/**
 * 42 CFR Part 2, as a property: for a case of each need profile the table tells apart and
 * every draft below, the whole answer of a service-intensity preview (what it lists, by
 * which case, and every count) is the same whatever the cases' substance-use severities
 * are (each the same, and in eight mixes). The drafts change the cadence everywhere, only
 * where the severity decides, and only in integrated dual-disorder treatment; one table
 * in force puts everyone with a serious mental illness in that treatment, whatever their
 * severity, so a change there is counted, not named.
 */
class IntensityDraftReplayTest {

	private static final String SHIPPED = PolicyDrafts.shipped(ServiceIntensityTable.KEY);

	private static final DetachedDecisions DETACHED = mock(DetachedDecisions.class);

	private static final AssessmentService ASSESSMENTS = mock(AssessmentService.class);

	private static final ParticipantService PARTICIPANTS = mock(ParticipantService.class);

	/** Tables and drafts, read once. */
	private static final Map<String, DmnDecision> TABLES = new HashMap<>();

	/**
	 * A case of each profile the table's rules tell apart (forensic ACT, ACT, lower need,
	 * with and without a mental illness), but for substance use.
	 */
	private static final List<IntensityInputs> PROFILES = Stream.of(RiskLevel.LOW, RiskLevel.HIGH)
		.flatMap(risk -> Stream.of(true, false)
			.flatMap(mentalIllness -> Stream.of(Impairment.NONE, Impairment.SEVERE)
				.flatMap(impairment -> Stream.of(0, 2)
					.map(stays -> new IntensityInputs(risk, mentalIllness, SubstanceUseSeverity.NONE, impairment,
							stays)))))
		.toList();

	static Stream<Arguments> tablesAndDrafts() {
		String dualDisorderForAllWithMentalIllness = SHIPPED.replace(
				"<inputEntry id=\"InputEntry_IntegratedDualDisorder_SubstanceUse\"><text>\"ABUSE\",\"DEPENDENCE\"</text>",
				"<inputEntry id=\"InputEntry_IntegratedDualDisorder_SubstanceUse\"><text>-</text>");
		assertThat(dualDisorderForAllWithMentalIllness).isNotEqualTo(SHIPPED);
		return Stream.of(
				Arguments.of("every cadence one day shorter", SHIPPED,
						PolicyDrafts.withCadences(SHIPPED,
								Map.of("MentalIllnessBasic", 6, "IntegratedDualDisorder", 4, "Basic", 6,
										"SubstanceUseBasic", 6, "LowerNeed", 6, "Act", 2))),
				Arguments.of("keyed on the severity", SHIPPED,
						PolicyDrafts.withCadences(SHIPPED, Map.of("SubstanceUseBasic", 6))),
				Arguments.of("integrated dual-disorder only", SHIPPED,
						PolicyDrafts.withCadences(SHIPPED, Map.of("IntegratedDualDisorder", 3))),
				Arguments.of("dual-disorder treatment for all with a mental illness",
						dualDisorderForAllWithMentalIllness, PolicyDrafts
							.withCadences(dualDisorderForAllWithMentalIllness, Map.of("IntegratedDualDisorder", 3))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("tablesAndDrafts")
	void noCasesOwnSeverityChangesAnythingThePreviewSays(String name, String inForce, String draft) {
		Outcomes asAssessed = replay(inForce, draft, PROFILES);
		Random severities = new Random(17);
		List<List<IntensityInputs>> programs = new ArrayList<>();
		for (SubstanceUseSeverity severity : SubstanceUseSeverity.values()) {
			programs.add(PROFILES.stream().map(profile -> profile.withSubstanceUse(severity)).toList());
		}
		for (int mixed = 0; mixed < 8; mixed++) {
			programs.add(PROFILES.stream()
				.map(profile -> profile.withSubstanceUse(
						SubstanceUseSeverity.values()[severities.nextInt(SubstanceUseSeverity.values().length)]))
				.toList());
		}
		for (List<IntensityInputs> program : programs) {
			assertThat(replay(inForce, draft, program)).as(program.toString()).isEqualTo(asAssessed);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("tablesAndDrafts")
	void aChangeThatTurnsOnNothingButTheTreatmentIsCountedNotNamed(String name, String inForce, String draft) {
		AuditLog auditLog = mock(AuditLog.class);
		Outcomes outcomes = replay(inForce, draft, PROFILES, auditLog);

		List<ChangedOutcome> counted = outcomes.changes().stream().filter(change -> change.subject() == null).toList();
		if (inForce.equals(SHIPPED)) {
			assertThat(counted).as("the shipped table decides that treatment by the severity").isEmpty();
		}
		else {
			assertThat(counted).as("each case with a mental illness but no ACT").isNotEmpty();
			assertThat(outcomes.changes()).filteredOn(change -> change.subject() != null)
				.allSatisfy(change -> assertThat(change.group()).isNotEqualTo("INTEGRATED_DUAL_DISORDER"));
		}
		long named = outcomes.changes().stream().filter(change -> change.subject() != null).count();
		verify(auditLog, times((int) named)).record(any(), any(), anyLong(), any());
		if (named == 0) {
			verify(auditLog, never()).record(any(), any(), any(), any());
		}
	}

	@Test
	void aDraftWithoutACadenceIsRefusedWithoutNamingTheCase() {
		String noCadence = SHIPPED.replace("<outputEntry id=\"OutputEntry_Basic_ContactEveryDays\"><text>7</text>",
				"<outputEntry id=\"OutputEntry_Basic_ContactEveryDays\"><text></text>");
		assertThat(noCadence).isNotEqualTo(SHIPPED);

		assertThatThrownBy(() -> replay(SHIPPED, noCadence, PROFILES)).isInstanceOf(InvalidInputException.class)
			.satisfies(refusal -> assertThat(((InvalidInputException) refusal).problems()).singleElement()
				.asString()
				.contains("gives no cadence")
				.doesNotContain("R-0"));
	}

	private static Outcomes replay(String inForce, String draft, List<IntensityInputs> cases) {
		return replay(inForce, draft, cases, mock(AuditLog.class));
	}

	private static Outcomes replay(String inForce, String draft, List<IntensityInputs> cases, AuditLog auditLog) {
		Map<Long, IntensityInputs> open = new LinkedHashMap<>();
		Map<Long, String> caseNumbers = new HashMap<>();
		for (int index = 0; index < cases.size(); index++) {
			open.put((long) index, cases.get(index));
			caseNumbers.put((long) index, String.format("R-%05d", index));
		}
		when(ASSESSMENTS.intensityInputsOfEnrolled()).thenReturn(open);
		when(PARTICIPANTS.caseNumbers()).thenReturn(caseNumbers);
		when(DETACHED.latest(ServiceIntensityTable.KEY)).thenReturn(Optional.of(new Deployed(
				TABLES.computeIfAbsent(inForce, xml -> DetachedDecisions.draftOf(ServiceIntensityTable.KEY, xml)), 1)));
		return new IntensityDraftReplay(DETACHED, ASSESSMENTS, PARTICIPANTS, auditLog).replay(read(draft), "ada");
	}

	private static DmnDecision read(String table) {
		return TABLES.computeIfAbsent(table, xml -> DetachedDecisions.draftOf(ServiceIntensityTable.KEY, xml));
	}

}
