package org.waypoint.assessment;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.waypoint.assessment.Levels.AssessmentKind;
import org.waypoint.assessment.Levels.Impairment;
import org.waypoint.assessment.Levels.NeedLevel;
import org.waypoint.assessment.Levels.RiskLevel;
import org.waypoint.assessment.Levels.RiskMethod;
import org.waypoint.assessment.Levels.SubstanceUseSeverity;

/**
 * One risk, need and responsivity assessment (source 003): the case manager's part, the
 * clinician's part, and the service intensity the policy derived from both.
 */
@Entity
@Table(name = "assessment")
public class Assessment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "participant_id")
	private long participantId;

	@Enumerated(EnumType.STRING)
	private AssessmentKind kind;

	@Column(name = "started_at")
	private Instant startedAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "risk_method")
	private RiskMethod riskMethod;

	@Column(name = "risk_history")
	private Integer riskHistory;

	@Column(name = "risk_attitudes")
	private Integer riskAttitudes;

	@Column(name = "risk_associates")
	private Integer riskAssociates;

	@Column(name = "risk_personality")
	private Integer riskPersonality;

	@Column(name = "risk_family_marital")
	private Integer riskFamilyMarital;

	@Column(name = "risk_school_work")
	private Integer riskSchoolWork;

	@Column(name = "risk_leisure")
	private Integer riskLeisure;

	@Column(name = "risk_substance_use")
	private Integer riskSubstanceUse;

	@Column(name = "site_tool_name")
	private String siteToolName;

	@Column(name = "site_tool_score")
	private String siteToolScore;

	@Enumerated(EnumType.STRING)
	@Column(name = "risk_level")
	private RiskLevel riskLevel;

	@Enumerated(EnumType.STRING)
	@Column(name = "need_housing")
	private NeedLevel housing;

	@Enumerated(EnumType.STRING)
	@Column(name = "need_income")
	private NeedLevel income;

	@Enumerated(EnumType.STRING)
	@Column(name = "need_health_insurance")
	private NeedLevel healthInsurance;

	@Enumerated(EnumType.STRING)
	@Column(name = "need_meaningful_activity")
	private NeedLevel meaningfulActivity;

	@Enumerated(EnumType.STRING)
	@Column(name = "need_transportation")
	private NeedLevel transportation;

	@Enumerated(EnumType.STRING)
	@Column(name = "need_family_stress")
	private NeedLevel familyStress;

	@Enumerated(EnumType.STRING)
	@Column(name = "need_education")
	private NeedLevel education;

	@Column(name = "responsivity_language")
	private String language;

	@Column(name = "responsivity_literacy")
	private Boolean literacySupport;

	@Column(name = "responsivity_trauma")
	private Boolean traumaInformed;

	@Column(name = "responsivity_cognitive")
	private String cognitiveNeeds;

	@Column(name = "responsivity_times_places")
	private String preferredTimesAndPlaces;

	@Column(name = "case_manager_note")
	private String caseManagerNote;

	@Column(name = "assessed_by")
	private String assessedBy;

	@Column(name = "case_manager_part_at")
	private Instant caseManagerPartAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "impairment_work")
	private Impairment impairmentWork;

	@Enumerated(EnumType.STRING)
	@Column(name = "impairment_appointments")
	private Impairment impairmentAppointments;

	@Enumerated(EnumType.STRING)
	@Column(name = "impairment_medication")
	private Impairment impairmentMedication;

	@Enumerated(EnumType.STRING)
	@Column(name = "substance_use_severity")
	private SubstanceUseSeverity substanceUseSeverity;

	@Column(name = "serious_mental_illness")
	private Boolean seriousMentalIllness;

	@Column(name = "jail_stays_12_months")
	private Integer jailStays;

	@Column(name = "hospital_stays_12_months")
	private Integer hospitalStays;

	@Column(name = "clinician_note")
	private String clinicianNote;

	private String clinician;

	@Column(name = "clinical_part_at")
	private Instant clinicalPartAt;

	@Column(name = "service_model")
	private String serviceModel;

	@Column(name = "contact_every_days")
	private Integer contactEveryDays;

	@Column(name = "peer_recommended")
	private Boolean peerRecommended;

	@Column(name = "step_down_candidate")
	private Boolean stepDownCandidate;

	@Column(name = "decision_definition_id")
	private String decisionDefinitionId;

	@Column(name = "decision_version")
	private Integer decisionVersion;

	@Column(name = "completed_at")
	private Instant completedAt;

	protected Assessment() {
	}

	Assessment(long participantId, AssessmentKind kind, Instant startedAt) {
		this.participantId = participantId;
		this.kind = kind;
		this.startedAt = startedAt;
	}

	void recordCaseManagerPart(CaseManagerAssessment part, String by, Instant when) {
		this.riskMethod = part.riskMethod();
		if (part.riskMethod() == RiskMethod.CENTRAL_EIGHT) {
			List<Integer> ratings = part.centralEight();
			this.riskHistory = ratings.get(0);
			this.riskAttitudes = ratings.get(1);
			this.riskAssociates = ratings.get(2);
			this.riskPersonality = ratings.get(3);
			this.riskFamilyMarital = ratings.get(4);
			this.riskSchoolWork = ratings.get(5);
			this.riskLeisure = ratings.get(6);
			this.riskSubstanceUse = ratings.get(7);
		}
		else {
			this.siteToolName = part.siteToolName();
			this.siteToolScore = part.siteToolScore();
		}
		this.riskLevel = part.riskLevel();
		this.housing = part.housing();
		this.income = part.income();
		this.healthInsurance = part.healthInsurance();
		this.meaningfulActivity = part.meaningfulActivity();
		this.transportation = part.transportation();
		this.familyStress = part.familyStress();
		this.education = part.education();
		this.language = part.language();
		this.literacySupport = part.literacySupport();
		this.traumaInformed = part.traumaInformed();
		this.cognitiveNeeds = part.cognitiveNeeds();
		this.preferredTimesAndPlaces = part.preferredTimesAndPlaces();
		this.caseManagerNote = part.note();
		this.assessedBy = by;
		this.caseManagerPartAt = when;
	}

	void recordClinicalPart(ClinicalAssessment part, String by, Instant when) {
		this.impairmentWork = part.work();
		this.impairmentAppointments = part.appointments();
		this.impairmentMedication = part.medication();
		this.substanceUseSeverity = part.substanceUseSeverity();
		this.seriousMentalIllness = part.seriousMentalIllness();
		this.jailStays = part.jailStays();
		this.hospitalStays = part.hospitalStays();
		this.clinicianNote = part.note();
		this.clinician = by;
		this.clinicalPartAt = when;
	}

	/** The policy's inputs, once both parts are in. */
	IntensityInputs intensityInputs() {
		if (this.caseManagerPartAt == null || this.clinicalPartAt == null) {
			throw new IllegalStateException(
					"Assessment " + this.id + " lacks the case manager's or the clinician's part");
		}
		return new IntensityInputs(this.riskLevel, this.seriousMentalIllness, this.substanceUseSeverity,
				new ClinicalAssessment(this.impairmentWork, this.impairmentAppointments, this.impairmentMedication,
						this.substanceUseSeverity, this.seriousMentalIllness, this.jailStays, this.hospitalStays, null)
					.functionalImpairment(),
				this.jailStays + this.hospitalStays);
	}

	void complete(ServiceIntensity intensity, Instant when) {
		this.serviceModel = intensity.serviceModel();
		this.contactEveryDays = intensity.contactEveryDays();
		this.peerRecommended = intensity.peerSpecialistRecommended();
		this.stepDownCandidate = intensity.stepDownCandidate();
		this.decisionDefinitionId = intensity.decisionDefinitionId();
		this.decisionVersion = intensity.decisionVersion();
		this.completedAt = when;
	}

	public Long getId() {
		return this.id;
	}

	public long getParticipantId() {
		return this.participantId;
	}

	public AssessmentKind getKind() {
		return this.kind;
	}

	public RiskLevel getRiskLevel() {
		return this.riskLevel;
	}

	public SubstanceUseSeverity getSubstanceUseSeverity() {
		return this.substanceUseSeverity;
	}

	public Boolean getSeriousMentalIllness() {
		return this.seriousMentalIllness;
	}

	public String getServiceModel() {
		return this.serviceModel;
	}

	public Integer getContactEveryDays() {
		return this.contactEveryDays;
	}

	public Boolean getPeerRecommended() {
		return this.peerRecommended;
	}

	public Boolean getStepDownCandidate() {
		return this.stepDownCandidate;
	}

	public Integer getDecisionVersion() {
		return this.decisionVersion;
	}

	public String getAssessedBy() {
		return this.assessedBy;
	}

	public String getClinician() {
		return this.clinician;
	}

	public Instant getCompletedAt() {
		return this.completedAt;
	}

	public Instant getCaseManagerPartAt() {
		return this.caseManagerPartAt;
	}

	/** The seven need levels, by need, in the form's order. */
	public Map<String, NeedLevel> needs() {
		Map<String, NeedLevel> needs = new LinkedHashMap<>();
		needs.put("housing", this.housing);
		needs.put("income", this.income);
		needs.put("healthInsurance", this.healthInsurance);
		needs.put("meaningfulActivity", this.meaningfulActivity);
		needs.put("transportation", this.transportation);
		needs.put("familyStress", this.familyStress);
		needs.put("education", this.education);
		return needs;
	}

	public String getLanguage() {
		return this.language;
	}

	public Boolean getLiteracySupport() {
		return this.literacySupport;
	}

	public Boolean getTraumaInformed() {
		return this.traumaInformed;
	}

	public String getCognitiveNeeds() {
		return this.cognitiveNeeds;
	}

	public String getPreferredTimesAndPlaces() {
		return this.preferredTimesAndPlaces;
	}

	public String getCaseManagerNote() {
		return this.caseManagerNote;
	}

	public Impairment getImpairmentWork() {
		return this.impairmentWork;
	}

	public Impairment getImpairmentAppointments() {
		return this.impairmentAppointments;
	}

	public Impairment getImpairmentMedication() {
		return this.impairmentMedication;
	}

	public Integer getJailStays() {
		return this.jailStays;
	}

	public Integer getHospitalStays() {
		return this.hospitalStays;
	}

	public String getClinicianNote() {
		return this.clinicianNote;
	}

	public Integer getRiskSubstanceUse() {
		return this.riskSubstanceUse;
	}

}
