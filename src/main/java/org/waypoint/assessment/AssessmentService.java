package org.waypoint.assessment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.validation.Validator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waypoint.assessment.Levels.AssessmentKind;
import org.waypoint.participant.Participant;
import org.waypoint.participant.ParticipantService;
import org.waypoint.platform.InvalidInputException;

/**
 * Risk, need and responsivity assessments (source 003): validated risk factors, the
 * functional impact of illness, and what helps the person engage, driving the service
 * model and the contact cadence.
 */
@Service
public class AssessmentService {

	private final AssessmentRepository assessments;

	private final ParticipantService participants;

	private final Validator validator;

	private final Clock clock;

	AssessmentService(AssessmentRepository assessments, ParticipantService participants, Validator validator,
			Clock clock) {
		this.assessments = assessments;
		this.participants = participants;
		this.validator = validator;
		this.clock = clock;
	}

	@Transactional
	public Assessment open(long participantId, AssessmentKind kind) {
		this.participants.get(participantId);
		return this.assessments.save(new Assessment(participantId, kind, this.clock.instant()));
	}

	@Transactional
	public Assessment recordCaseManagerPart(long assessmentId, CaseManagerAssessment part, String by) {
		List<String> problems = new ArrayList<>();
		this.validator.validate(part).forEach(violation -> problems.add(InvalidInputException.describe(violation)));
		if (part.riskMethod() != null) {
			problems.addAll(part.riskProblems());
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("The assessment was not recorded", problems.stream().sorted().toList());
		}
		Assessment assessment = assessment(assessmentId);
		assessment.recordCaseManagerPart(part, by, this.clock.instant());
		return assessment;
	}

	@Transactional
	public Assessment recordClinicalPart(long assessmentId, ClinicalAssessment part, String by) {
		InvalidInputException.requireValid(this.validator, part, "The clinical assessment was not recorded");
		Assessment assessment = assessment(assessmentId);
		assessment.recordClinicalPart(part, by, this.clock.instant());
		return assessment;
	}

	/**
	 * The service-intensity inputs of every participant enrolled now, from their latest
	 * completed assessment (those not assessed yet are left out).
	 */
	@Transactional(readOnly = true)
	public Map<Long, IntensityInputs> intensityInputsOfEnrolled() {
		List<Long> enrolled = this.participants.enrolled().stream().map(Participant::getId).toList();
		return this.assessments.latestCompletedOf(enrolled)
			.stream()
			.collect(Collectors.toMap(Assessment::getParticipantId, Assessment::intensityInputs));
	}

	/**
	 * Both parts are in: the policy sets the service model and the contact frequency,
	 * which the participant's contact watch keeps from now on.
	 */
	@Transactional
	public ServiceIntensity decideIntensity(long assessmentId, IntensityPolicy policy) {
		Assessment assessment = assessment(assessmentId);
		ServiceIntensity intensity = policy.decide(assessment.intensityInputs());
		assessment.complete(intensity, this.clock.instant());
		this.participants.recordServiceIntensity(assessment.getParticipantId(), intensity.serviceModel(),
				intensity.contactEveryDays());
		return intensity;
	}

	@Transactional(readOnly = true)
	public Assessment assessment(long assessmentId) {
		return this.assessments.findById(assessmentId)
			.orElseThrow(() -> new IllegalArgumentException("No assessment " + assessmentId));
	}

	@Transactional(readOnly = true)
	public Optional<Assessment> latestCompleted(long participantId) {
		return this.assessments.findFirstByParticipantIdAndCompletedAtIsNotNullOrderByIdDesc(participantId);
	}

	/**
	 * The latest assessment with the case manager's part in, whether or not the
	 * clinician's part is done yet.
	 */
	@Transactional(readOnly = true)
	public Optional<Assessment> latestUnderway(long participantId) {
		return this.assessments.findFirstByParticipantIdAndCaseManagerPartAtIsNotNullOrderByIdDesc(participantId);
	}

}
