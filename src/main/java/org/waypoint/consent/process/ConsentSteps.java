package org.waypoint.consent.process;

import static org.waypoint.consent.process.ReleaseRenewalProcess.Variables.RELEASE_ID;
import static org.waypoint.platform.ProcessIds.PARTICIPANT_ID;

import java.util.EnumSet;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.waypoint.consent.ConsentService;
import org.waypoint.consent.DisclosureScope;
import org.waypoint.consent.NewRelease;
import org.waypoint.consent.ReleaseParty;
import org.waypoint.platform.access.Actors;
import org.waypoint.platform.forms.FormFields;

/** Releases of information as record-releases and release-renewal record them. */
@Component("consentSteps")
public class ConsentSteps {

	private final ConsentService consentService;

	public ConsentSteps(ConsentService consentService) {
		this.consentService = consentService;
	}

	/** Files the record-release form; a participant may also sign no release now. */
	public void recordFromForm(DelegateExecution execution) {
		FormFields form = FormFields.of(execution, "The release was not recorded");
		boolean another = Boolean.TRUE.equals(form.yesNo(ReleaseForm.ANOTHER_RELEASE));
		if (!Boolean.TRUE.equals(form.yesNo(ReleaseForm.NO_RELEASE))) {
			Set<DisclosureScope> scopes = EnumSet.noneOf(DisclosureScope.class);
			for (String scope : form.strings(ReleaseForm.SCOPES)) {
				try {
					scopes.add(DisclosureScope.valueOf(scope));
				}
				catch (IllegalArgumentException ex) {
					throw form.refused(ReleaseForm.SCOPES + " has an unknown scope '" + scope + "'");
				}
			}
			this.consentService.record(new NewRelease(PARTICIPANT_ID.from(execution),
					form.choice(ReleaseForm.PARTY, ReleaseParty.class), form.text(ReleaseForm.PARTY_NAME), scopes,
					form.text(ReleaseForm.PURPOSE), form.date(ReleaseForm.SIGNED_ON), null,
					form.date(ReleaseForm.EXPIRES_ON), Boolean.TRUE.equals(form.yesNo(ReleaseForm.EXPLAINED))),
					Actors.current(execution));
		}
		form.remove(ReleaseForm.FIELDS);
		execution.setVariable(ReleaseForm.RECORD_ANOTHER, another);
	}

	/** Whether the renewal reminder still makes sense when it falls due. */
	public boolean renewalWanted(long releaseId) {
		return this.consentService.renewalWanted(releaseId);
	}

	/** Files the renew-release form: signed again (until when), or left to lapse. */
	public void renewFromForm(DelegateExecution execution) {
		FormFields form = FormFields.of(execution, "The release was not renewed");
		if (Boolean.TRUE.equals(form.yesNo(ReleaseForm.RENEWED))) {
			this.consentService.renew((Long) execution.getVariable(RELEASE_ID), form.date(ReleaseForm.EXPIRES_ON),
					Actors.current(execution));
		}
		form.remove(ReleaseForm.FIELDS);
	}

}
