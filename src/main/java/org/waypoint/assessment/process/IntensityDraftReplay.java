package org.waypoint.assessment.process;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.springframework.stereotype.Component;
import org.waypoint.assessment.AssessmentService;
import org.waypoint.assessment.IntensityInputs;
import org.waypoint.assessment.Levels.SubstanceUseSeverity;
import org.waypoint.assessment.ServiceIntensity;
import org.waypoint.audit.AuditAction;
import org.waypoint.audit.AuditLog;
import org.waypoint.capacity.DraftReplay;
import org.waypoint.participant.ParticipantService;
import org.waypoint.platform.InvalidInputException;
import org.waypoint.platform.decisions.DetachedDecisions;

/**
 * A changed service-intensity table against the open cases (whenever they were assessed):
 * each enrolled participant's latest assessment through the deployed table and through
 * the draft, apart from the engine (the inputs are clinical and stay out of its history).
 * Every case the answer names is written to the audit log as read by the administrator.
 * <p>
 * 42 CFR Part 2: whether and how a case is listed never turns on its substance use. A
 * case whose answer would read the same at every substance-use severity, and whose model
 * does not tell of substance-use treatment, is listed with both answers when it changes.
 * A case whose answer would read otherwise at some severity is listed as one that may
 * change, without either answer, whatever its own severity (a draft keyed on the severity
 * lists everyone it could touch, not those it does). A case in substance-use treatment
 * whose answer turns on nothing else is counted, not named. The counts by service model
 * are the program's, not a person's.
 */
@Component
class IntensityDraftReplay implements DraftReplay {

	private static final String MAY_CHANGE = "may change: what the draft decides for this case turns on its"
			+ " substance use, withheld (42 CFR Part 2)";

	private static final ChangedOutcome WITHHELD = new ChangedOutcome(null, null,
			"withheld: the change tells of substance-use treatment (42 CFR Part 2)", null);

	private final DetachedDecisions detached;

	private final AssessmentService assessmentService;

	private final ParticipantService participantService;

	private final AuditLog auditLog;

	IntensityDraftReplay(DetachedDecisions detached, AssessmentService assessmentService,
			ParticipantService participantService, AuditLog auditLog) {
		this.detached = detached;
		this.assessmentService = assessmentService;
		this.participantService = participantService;
		this.auditLog = auditLog;
	}

	@Override
	public String decisionKey() {
		return ServiceIntensityTable.KEY;
	}

	@Override
	public Outcomes replay(String draftXml, Instant since, String reader) {
		DmnDecision draft = DetachedDecisions.draftOf(ServiceIntensityTable.KEY, draftXml);
		DmnDecision inForce = this.detached.latest(ServiceIntensityTable.KEY)
			.orElseThrow(() -> new IllegalStateException("No " + ServiceIntensityTable.KEY + " table is deployed"))
			.decision();
		Map<Long, IntensityInputs> open = this.assessmentService.intensityInputsOfEnrolled();
		Map<Long, String> caseNumbers = this.participantService.caseNumbers();
		Map<String, int[]> tallies = new TreeMap<>();
		List<ChangedOutcome> changes = new ArrayList<>();
		open.forEach((participantId, inputs) -> {
			Comparison actual = compare(inForce, draft, inputs);
			int[] tally = tallies.computeIfAbsent(actual.inForce().serviceModel(), model -> new int[2]);
			tally[0]++;
			tally[1] += actual.changed() ? 1 : 0;
			ChangedOutcome listed = listed(caseNumbers.get(participantId), actual,
					atEverySeverity(inForce, draft, inputs));
			if (listed == null) {
				return;
			}
			changes.add(listed);
			if (listed.subject() != null) {
				this.auditLog.record(reader, AuditAction.PARTICIPANT_RECORD_READ, participantId,
						"policy preview of a " + ServiceIntensityTable.KEY + " draft");
			}
		});
		changes.sort(Comparator.comparing(ChangedOutcome::subject, Comparator.nullsLast(Comparator.naturalOrder())));
		return new Outcomes(open.size(),
				tallies.entrySet()
					.stream()
					.map(model -> new ReplayedByGroup(model.getKey(), model.getValue()[0], model.getValue()[1]))
					.toList(),
				changes);
	}

	/** What the preview would say of one case: in force, under the draft. */
	private record Comparison(ServiceIntensity inForce, ServiceIntensity underDraft) {

		boolean changed() {
			return !this.inForce.serviceModel().equals(this.underDraft.serviceModel())
					|| this.inForce.contactEveryDays() != this.underDraft.contactEveryDays();
		}

		/** What the preview would say of the case, changed or not. */
		String shown() {
			return describe(this.inForce) + " / " + describe(this.underDraft);
		}

	}

	/**
	 * How the case is listed, if it is: by what the draft would decide at every severity
	 * (which does not turn on the case's own), and only then by its actual answers.
	 */
	private static ChangedOutcome listed(String caseNumber, Comparison actual, List<Comparison> atEverySeverity) {
		if (atEverySeverity.stream().noneMatch(Comparison::changed)) {
			return null;
		}
		if (atEverySeverity.stream().map(Comparison::shown).distinct().count() > 1) {
			return new ChangedOutcome(caseNumber, null, MAY_CHANGE, null);
		}
		if (!actual.changed()) {
			return null;
		}
		if (ServiceIntensity.revealsSubstanceUse(actual.inForce().serviceModel())
				|| ServiceIntensity.revealsSubstanceUse(actual.underDraft().serviceModel())) {
			return WITHHELD;
		}
		return new ChangedOutcome(caseNumber, actual.inForce().serviceModel(), describe(actual.inForce()),
				describe(actual.underDraft()));
	}

	private static List<Comparison> atEverySeverity(DmnDecision inForce, DmnDecision draft, IntensityInputs inputs) {
		return Arrays.stream(SubstanceUseSeverity.values())
			.map(severity -> compare(inForce, draft,
					new IntensityInputs(inputs.riskLevel(), inputs.seriousMentalIllness(), severity,
							inputs.functionalImpairment(), inputs.recentJailOrHospitalStays())))
			.toList();
	}

	private static Comparison compare(DmnDecision inForce, DmnDecision draft, IntensityInputs inputs) {
		return new Comparison(decide(inForce, inputs), decide(draft, inputs));
	}

	/**
	 * Refuses a table that fails on, or has no rule for, an open case, without the
	 * engine's message or the case: either could carry its clinical answers.
	 */
	private static ServiceIntensity decide(DmnDecision table, IntensityInputs inputs) {
		try {
			return DetachedDecisions.evaluate(table, ServiceIntensityTable.variables(inputs))
				.map(result -> ServiceIntensityTable.intensity(result, null, 0))
				.orElseThrow(() -> refused("no rule of the table matches one of the open cases' assessments"));
		}
		catch (InvalidInputException refusal) {
			throw refusal;
		}
		catch (RuntimeException ex) {
			throw refused("the table fails on one of the open cases' assessments (try it in Modeler against each"
					+ " level of its inputs)");
		}
	}

	private static InvalidInputException refused(String problem) {
		return new InvalidInputException(DetachedDecisions.NOT_PREVIEWED, List.of(problem));
	}

	private static String describe(ServiceIntensity intensity) {
		return intensity.serviceModel() + ", a contact every " + intensity.contactEveryDays() + " days";
	}

}
