package org.waypoint.assessment.process;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;
import org.waypoint.assessment.AssessmentService;
import org.waypoint.assessment.IntensityInputs;
import org.waypoint.assessment.ServiceIntensity;
import org.waypoint.capacity.DraftReplay;
import org.waypoint.participant.ParticipantService;
import org.waypoint.platform.InvalidInputException;
import org.waypoint.platform.access.AsSystem;

/**
 * A changed service-intensity table against the open cases (whenever they were assessed):
 * each enrolled participant's latest assessment through the deployed table and through
 * the draft, apart from the engine (the inputs are clinical and stay out of its history);
 * those whose service model or contact cadence would change are listed by case number,
 * but for a change to or from a model that tells of substance-use treatment, which is
 * counted only.
 */
@Component
class IntensityDraftReplay implements DraftReplay {

	private static final ChangedOutcome WITHHELD = new ChangedOutcome(null, null,
			"withheld: the change tells of substance-use treatment (42 CFR Part 2)", null);

	private static final DmnEngine DETACHED = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
		.buildEngine();

	private final RepositoryService repositoryService;

	private final AssessmentService assessmentService;

	private final ParticipantService participantService;

	private final AsSystem asSystem;

	IntensityDraftReplay(RepositoryService repositoryService, AssessmentService assessmentService,
			ParticipantService participantService, AsSystem asSystem) {
		this.repositoryService = repositoryService;
		this.assessmentService = assessmentService;
		this.participantService = participantService;
		this.asSystem = asSystem;
	}

	@Override
	public String decisionKey() {
		return ServiceIntensityTable.KEY;
	}

	@Override
	public Outcomes replay(String draftXml, Instant since) {
		DmnDecision draft = DETACHED.parseDecision(ServiceIntensityTable.KEY,
				new ByteArrayInputStream(draftXml.getBytes(StandardCharsets.UTF_8)));
		DmnDecision inForce = this.asSystem.call(this::deployed);
		Map<Long, IntensityInputs> open = this.assessmentService.intensityInputsOfEnrolled();
		Map<Long, String> caseNumbers = this.participantService.caseNumbers();
		Map<String, int[]> tallies = new TreeMap<>();
		List<ChangedOutcome> changes = new ArrayList<>();
		open.forEach((participantId, inputs) -> {
			ServiceIntensity now = decide(inForce, inputs, participantId);
			ServiceIntensity underDraft = decide(draft, inputs, participantId);
			boolean changed = !now.serviceModel().equals(underDraft.serviceModel())
					|| now.contactEveryDays() != underDraft.contactEveryDays();
			int[] tally = tallies.computeIfAbsent(now.serviceModel(), model -> new int[2]);
			tally[0]++;
			if (changed) {
				tally[1]++;
				// 42 CFR Part 2: a model that tells of substance use is counted, not
				// named
				boolean withheld = ServiceIntensity.revealsSubstanceUse(now.serviceModel())
						|| ServiceIntensity.revealsSubstanceUse(underDraft.serviceModel());
				changes.add(withheld ? WITHHELD : new ChangedOutcome(caseNumbers.get(participantId), now.serviceModel(),
						describe(now), describe(underDraft)));
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

	private DmnDecision deployed() {
		DecisionDefinition latest = this.repositoryService.createDecisionDefinitionQuery()
			.decisionDefinitionKey(ServiceIntensityTable.KEY)
			.latestVersion()
			.singleResult();
		try (InputStream model = this.repositoryService.getDecisionModel(latest.getId())) {
			return DETACHED.parseDecision(ServiceIntensityTable.KEY, model);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static ServiceIntensity decide(DmnDecision table, IntensityInputs inputs, long participantId) {
		DmnDecisionResultEntries result;
		try {
			result = DETACHED.evaluateDecision(table, ServiceIntensityTable.variables(inputs)).getFirstResult();
		}
		catch (RuntimeException ex) {
			// the draft's failure: it cannot decide an assessment the program holds
			throw new InvalidInputException("The draft was not previewed",
					List.of("participant " + participantId + "'s assessment: " + ex.getMessage()));
		}
		if (result == null) {
			throw new InvalidInputException("The draft was not previewed",
					List.of("no rule of the table matches participant " + participantId + "'s assessment"));
		}
		return ServiceIntensityTable.intensity(result, null, 0);
	}

	private static String describe(ServiceIntensity intensity) {
		return intensity.serviceModel() + ", a contact every " + intensity.contactEveryDays() + " days";
	}

}
