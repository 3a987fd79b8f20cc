package org.waypoint.assessment.process;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
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
 * 42 CFR Part 2: nothing the preview says, of a case or in its counts, turns on a case's
 * own substance use. A case whose answers would read the same at every substance-use
 * severity is counted under its service model and, when it changes, listed with both
 * answers, or counted only when either model tells of substance-use treatment. A case
 * whose answers would read otherwise at some severity is counted in a group of its own
 * and, when the draft could change it at any severity, listed as one that may change,
 * with neither answer, whatever its own severity: a draft keyed on the severity shows
 * everyone it could touch, never those it does. The answers compared are the service
 * model and the contact cadence.
 */
@Component
class IntensityDraftReplay implements DraftReplay {

	/** The group of cases whose answers would read otherwise at another severity. */
	static final String TURNS_ON_SUBSTANCE_USE = "answers that turn on substance use (42 CFR Part 2)";

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
		return replay(DetachedDecisions.draftOf(ServiceIntensityTable.KEY, draftXml), reader);
	}

	/** The open cases whenever they were assessed: the draft read. */
	Outcomes replay(DmnDecision draft, String reader) {
		DmnDecision inForce = this.detached.latest(ServiceIntensityTable.KEY)
			.orElseThrow(() -> new IllegalStateException("No " + ServiceIntensityTable.KEY + " table is deployed"))
			.decision();
		Map<Long, IntensityInputs> open = this.assessmentService.intensityInputsOfEnrolled();
		Map<Long, String> caseNumbers = this.participantService.caseNumbers();
		Map<String, int[]> tallies = new TreeMap<>();
		List<ChangedOutcome> changes = new ArrayList<>();
		// a program has far fewer need profiles than cases: each is decided once
		Map<IntensityInputs, Comparison> byProfile = new HashMap<>();
		open.forEach((participantId, inputs) -> {
			List<Comparison> atEverySeverity = Arrays.stream(SubstanceUseSeverity.values())
				.map(severity -> byProfile.computeIfAbsent(inputs.withSubstanceUse(severity),
						profile -> new Comparison(decide(inForce, profile), decide(draft, profile))))
				.toList();
			boolean turnsOnSubstanceUse = atEverySeverity.stream().map(Comparison::shown).distinct().count() > 1;
			Comparison actual = atEverySeverity.get(0);
			boolean changed = atEverySeverity.stream().anyMatch(Comparison::changed);
			int[] tally = tallies.computeIfAbsent(
					turnsOnSubstanceUse ? TURNS_ON_SUBSTANCE_USE : actual.inForce().serviceModel(),
					group -> new int[2]);
			tally[0]++;
			tally[1] += changed ? 1 : 0;
			if (!changed) {
				return;
			}
			String caseNumber = caseNumbers.get(participantId);
			if (turnsOnSubstanceUse) {
				changes.add(new ChangedOutcome(caseNumber, TURNS_ON_SUBSTANCE_USE, MAY_CHANGE, null));
			}
			else if (ServiceIntensity.revealsSubstanceUse(actual.inForce().serviceModel())
					|| ServiceIntensity.revealsSubstanceUse(actual.underDraft().serviceModel())) {
				changes.add(WITHHELD);
				return;
			}
			else {
				changes.add(new ChangedOutcome(caseNumber, actual.inForce().serviceModel(), describe(actual.inForce()),
						describe(actual.underDraft())));
			}
			this.auditLog.record(reader, AuditAction.PARTICIPANT_RECORD_READ, participantId,
					"policy preview of a " + ServiceIntensityTable.KEY + " draft");
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
	 * Refuses a table that fails on, or has no rule for, an open case, without the
	 * engine's message or the case: either could carry its clinical answers.
	 */
	private static ServiceIntensity decide(DmnDecision table, IntensityInputs inputs) {
		ServiceIntensity intensity;
		try {
			intensity = DetachedDecisions.evaluate(table, ServiceIntensityTable.variables(inputs))
				.map(answer -> ServiceIntensityTable.intensity(answer, null, 0))
				.orElse(null);
		}
		catch (RuntimeException ex) {
			throw refused("the draft, or the table in force, fails on one of the open cases' assessments or gives"
					+ " no cadence (try it in Modeler against each level of its inputs)");
		}
		if (intensity == null) {
			throw refused("no rule of the draft, or of the table in force, matches one of the open cases' assessments");
		}
		if (intensity.serviceModel() == null) {
			throw refused("the draft, or the table in force, gives no service model for one of the open cases");
		}
		return intensity;
	}

	private static InvalidInputException refused(String problem) {
		return new InvalidInputException(DetachedDecisions.NOT_PREVIEWED, List.of(problem));
	}

	private static String describe(ServiceIntensity intensity) {
		return intensity.serviceModel() + ", a contact every " + intensity.contactEveryDays() + " days";
	}

}
