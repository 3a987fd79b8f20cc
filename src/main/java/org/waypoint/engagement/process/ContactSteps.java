package org.waypoint.engagement.process;

import static org.waypoint.engagement.process.RecordContactProcess.Variables.CONTACT_CASE_NUMBER;
import static org.waypoint.engagement.process.RecordContactProcess.Variables.CONTACT_DETAIL;
import static org.waypoint.engagement.process.RecordContactProcess.Variables.CONTACT_NOTE;
import static org.waypoint.engagement.process.RecordContactProcess.Variables.CONTACT_OCCURRED_AT;
import static org.waypoint.engagement.process.RecordContactProcess.Variables.CONTACT_PLACE;
import static org.waypoint.engagement.process.RecordContactProcess.Variables.CONTACT_WITH_PARTICIPANT;
import static org.waypoint.engagement.process.RecordContactProcess.Variables.PARTICIPANT_SEEN;
import static org.waypoint.platform.ProcessIds.PARTICIPANT_ID;

import java.time.Clock;
import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.waypoint.engagement.ContactPlace;
import org.waypoint.engagement.ContactService;
import org.waypoint.engagement.NewContact;
import org.waypoint.platform.access.Actors;
import org.waypoint.platform.forms.FormFields;

/**
 * Files the record-contact form: in a participant's own process (case management) the
 * participant is known; in the record-contact process the form names the case number.
 */
@Component("contactSteps")
public class ContactSteps {

	private final ContactService contactService;

	private final Clock clock;

	public ContactSteps(ContactService contactService, Clock clock) {
		this.contactService = contactService;
		this.clock = clock;
	}

	public void recordFromForm(DelegateExecution execution) {
		FormFields form = FormFields.of(execution, "The contact was not recorded");
		Long participantId = PARTICIPANT_ID.from(execution);
		if (participantId == null) {
			String caseNumber = form.text(CONTACT_CASE_NUMBER);
			if (caseNumber == null) {
				throw form.refused(CONTACT_CASE_NUMBER + " is required: the participant's case number, e.g. R-00042");
			}
			participantId = this.contactService.participantWithCaseNumber(caseNumber)
				.orElseThrow(() -> form.refused("no participant has case number " + caseNumber));
		}
		Instant occurredAt = form.instant(CONTACT_OCCURRED_AT);
		Boolean withParticipant = form.yesNo(CONTACT_WITH_PARTICIPANT);
		this.contactService.record(
				new NewContact(participantId, null, (occurredAt != null) ? occurredAt : this.clock.instant(),
						form.choice(CONTACT_PLACE, ContactPlace.class), withParticipant, form.text(CONTACT_NOTE)),
				Actors.current(execution));
		form.remove(CONTACT_DETAIL);
		execution.setVariable(PARTICIPANT_SEEN, withParticipant);
	}

}
