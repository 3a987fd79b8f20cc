package org.waypoint.consent.process;

import static org.waypoint.consent.process.ProbationUpdateProcess.Variables.SHAREABLE;
import static org.waypoint.platform.ProcessIds.PARTICIPANT_ID;

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
import org.waypoint.consent.DisclosureResult;
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

	static final String PURPOSE = "Periodic probation update";

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

	/**
	 * The cycle's consent check: whether the releases in force allow any part of the
	 * update. When none does, no task is made, and the refused attempt is recorded
	 * through the one consent check like every other disclosure.
	 */
	public void check(DelegateExecution execution) {
		long participantId = PARTICIPANT_ID.from(execution);
		boolean shareable = !shareable(participantId).isEmpty();
		if (!shareable) {
			this.consentService.disclose(
					new DisclosureRequest(participantId, ReleaseParty.PROBATION, FIELDS.keySet(), PURPOSE, null),
					Actors.current(execution));
		}
		execution.setVariable(SHAREABLE, shareable);
	}

	/**
	 * Task listener (create): the form shows only the fields the releases allow.
	 */
	public void showAllowedScopes(DelegateTask task) {
		Set<DisclosureScope> allowed = shareable(PARTICIPANT_ID.from(task));
		for (DisclosureScope scope : FIELDS.keySet()) {
			task.setVariableLocal(MAY_SHARE + scope.name(), allowed.contains(scope));
		}
	}

	/**
	 * Sends the update through the consent check. Refused, nothing is shared, the refusal
	 * is recorded, and the worker is told why: the task stays open to send what the
	 * releases allow now.
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
		DisclosureResult result = this.consentService.disclose(new DisclosureRequest(PARTICIPANT_ID.from(execution),
				ReleaseParty.PROBATION, scopes, PURPOSE, content.toString().strip()), Actors.current(execution));
		if (!result.allowed()) {
			throw form.refused("nothing was shared with probation. " + result.reason()
					+ ": empty the parts no release allows now and send the rest");
		}
		form.remove(List.copyOf(FIELDS.values()));
	}

	/**
	 * The parts of the update the probation releases in force allow; drug test results
	 * only where a release names substance-use information too (42 CFR Part 2).
	 */
	private Set<DisclosureScope> shareable(long participantId) {
		Set<DisclosureScope> allowed = this.consentService.scopesInForce(participantId, ReleaseParty.PROBATION);
		Set<DisclosureScope> shareable = EnumSet.noneOf(DisclosureScope.class);
		for (DisclosureScope scope : FIELDS.keySet()) {
			if (allowed.contains(scope)
					&& (!scope.isSubstanceUseInformation() || allowed.contains(DisclosureScope.SUBSTANCE_USE))) {
				shareable.add(scope);
			}
		}
		return shareable;
	}

}
