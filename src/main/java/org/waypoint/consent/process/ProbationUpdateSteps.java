package org.waypoint.consent.process;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.waypoint.consent.ConsentService;
import org.waypoint.consent.DisclosureRequest;
import org.waypoint.consent.DisclosureScope;
import org.waypoint.consent.ReleaseParty;
import org.waypoint.platform.access.Actors;
import org.waypoint.platform.forms.FormFields;

/**
 * Periodic probation updates (source 003: coordinate with probation under clear
 * information-sharing protocols): the case manager writes only what the release allows,
 * and the consent check has the last word when it is sent.
 */
@Component("probationUpdateSteps")
public class ProbationUpdateSteps {

	static final String PARTICIPANT_ID = "participantId";

	/** The form's fields, one per scope a release may allow. */
	static final Map<DisclosureScope, String> FIELDS;

	static {
		Map<DisclosureScope, String> fields = new LinkedHashMap<>();
		fields.put(DisclosureScope.PARTICIPATION, "probationParticipation");
		fields.put(DisclosureScope.TREATMENT_PROGRESS, "probationProgress");
		fields.put(DisclosureScope.DRUG_TEST_RESULTS, "probationDrugTests");
		fields.put(DisclosureScope.CRISIS_EVENTS, "probationCrisisEvents");
		FIELDS = Map.copyOf(fields);
	}

	/** Task-local: which of the form's fields the release allows ("mayShare" + scope). */
	static final String MAY_SHARE = "mayShare";

	private final ConsentService consentService;

	public ProbationUpdateSteps(ConsentService consentService) {
		this.consentService = consentService;
	}

	/** Whether a probation release is in force: only then is an update prepared. */
	public boolean releaseInForce(long participantId) {
		return this.consentService.hasReleaseInForce(participantId, ReleaseParty.PROBATION);
	}

	/** Task listener (create): the form shows only the fields the release allows. */
	public void showAllowedScopes(DelegateTask task) {
		Set<DisclosureScope> allowed = this.consentService.scopesInForce((Long) task.getVariable(PARTICIPANT_ID),
				ReleaseParty.PROBATION);
		for (DisclosureScope scope : FIELDS.keySet()) {
			boolean substanceUseAllowed = !scope.isSubstanceUseInformation()
					|| allowed.contains(DisclosureScope.SUBSTANCE_USE);
			task.setVariableLocal(MAY_SHARE + scope.name(), allowed.contains(scope) && substanceUseAllowed);
		}
	}

	/**
	 * Sends the update through the consent check; refused, it is recorded and not sent.
	 */
	public void send(DelegateExecution execution) {
		FormFields form = FormFields.of(execution, "The probation update was not sent");
		Set<DisclosureScope> scopes = EnumSet.noneOf(DisclosureScope.class);
		StringBuilder content = new StringBuilder();
		FIELDS.forEach((scope, field) -> {
			String text = form.text(field);
			if (text != null) {
				scopes.add(scope);
				content.append(scope).append(": ").append(text).append('\n');
			}
		});
		if (scopes.isEmpty()) {
			throw form.refused("write at least one part of the update");
		}
		this.consentService.disclose(new DisclosureRequest((Long) execution.getVariable(PARTICIPANT_ID),
				ReleaseParty.PROBATION, scopes, "Periodic probation update", content.toString().strip()),
				Actors.current(execution));
		form.remove(List.copyOf(FIELDS.values()));
	}

}
