package org.waypoint.assessment.process;

import java.util.ArrayList;
import java.util.List;

/** Declaration of processes/assessment.bpmn: its key, element ids and variables. */
public final class AssessmentProcess {

	public static final String KEY = "assessment";

	public static final String TASK_ASSESS_RISK_NEEDS = "Task_AssessRiskNeedsResponsivity";

	public static final String TASK_CLINICAL_ASSESSMENT = "Task_ClinicalAssessment";

	public static final String TASK_DECIDE_SERVICE_INTENSITY = "Task_DecideServiceIntensity";

	public static final String END_ASSESSED = "EndEvent_Assessed";

	public static final class Variables {

		/** INITIAL, PERIODIC or AFTER_CRISIS. */
		public static final String ASSESSMENT_KIND = "assessmentKind";

		public static final String ASSESSMENT_ID = "assessmentId";

		/** The routing facts the assessment returns: no answers, no notes. */
		public static final String RISK_LEVEL = "riskLevel";

		public static final String SERVICE_MODEL = "serviceModel";

		public static final String CONTACT_EVERY_DAYS = "contactEveryDays";

		public static final String PEER_SPECIALIST_RECOMMENDED = "peerSpecialistRecommended";

		public static final String STEP_DOWN_CANDIDATE = "stepDownCandidate";

		private Variables() {
		}

	}

	/**
	 * Form assess-risk-needs: the case manager's answers, moved to the assessment table.
	 */
	static final class CaseManagerForm {

		static final String RISK_METHOD = "riskMethod";

		static final List<String> CENTRAL_EIGHT = List.of("riskHistory", "riskAttitudes", "riskAssociates",
				"riskPersonality", "riskFamilyMarital", "riskSchoolWork", "riskLeisure", "riskSubstanceUse");

		static final String SITE_TOOL_NAME = "siteToolName";

		static final String SITE_TOOL_SCORE = "siteToolScore";

		static final String RISK_LEVEL_ANSWER = "assessedRiskLevel";

		static final List<String> NEEDS = List.of("needHousing", "needIncome", "needHealthInsurance",
				"needMeaningfulActivity", "needTransportation", "needFamilyStress", "needEducation");

		static final String LANGUAGE = "responsivityLanguage";

		static final String LITERACY = "responsivityLiteracy";

		static final String TRAUMA = "responsivityTrauma";

		static final String COGNITIVE = "responsivityCognitive";

		static final String TIMES_PLACES = "responsivityTimesPlaces";

		static final String NOTE = "caseManagerNote";

		static List<String> fields() {
			List<String> fields = new ArrayList<>(List.of(RISK_METHOD, SITE_TOOL_NAME, SITE_TOOL_SCORE,
					RISK_LEVEL_ANSWER, LANGUAGE, LITERACY, TRAUMA, COGNITIVE, TIMES_PLACES, NOTE));
			fields.addAll(CENTRAL_EIGHT);
			fields.addAll(NEEDS);
			return fields;
		}

		private CaseManagerForm() {
		}

	}

	/**
	 * Form clinical-assessment: the clinician's answers, moved to the assessment table.
	 */
	static final class ClinicalForm {

		static final String WORK = "impairmentWork";

		static final String APPOINTMENTS = "impairmentAppointments";

		static final String MEDICATION = "impairmentMedication";

		static final String SUBSTANCE_USE = "substanceUseSeverity";

		static final String SMI = "seriousMentalIllness";

		static final String JAIL_STAYS = "jailStays";

		static final String HOSPITAL_STAYS = "hospitalStays";

		static final String NOTE = "clinicianNote";

		static final List<String> FIELDS = List.of(WORK, APPOINTMENTS, MEDICATION, SUBSTANCE_USE, SMI, JAIL_STAYS,
				HOSPITAL_STAYS, NOTE);

		private ClinicalForm() {
		}

	}

	private AssessmentProcess() {
	}

}
