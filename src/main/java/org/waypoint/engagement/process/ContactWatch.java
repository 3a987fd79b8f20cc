package org.waypoint.engagement.process;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.waypoint.engagement.ContactCadence;
import org.waypoint.engagement.process.ContactWatchProcess.Variables;

/**
 * The contact cadence as contact-watch's timers and gateways read it (expressions such as
 * {@code ${contactWatch.nextContactDue(participantId)}}).
 */
@Component("contactWatch")
public class ContactWatch {

	private final ContactCadence cadence;

	ContactWatch(ContactCadence cadence) {
		this.cadence = cadence;
	}

	public Date nextContactDue(long participantId) {
		return Date.from(this.cadence.nextContactDue(participantId));
	}

	/**
	 * Whether the participant is still in the program, whose contacts are kept: the watch
	 * ends on its own when a due contact finds them gone.
	 */
	public boolean watched(long participantId) {
		return this.cadence.kept(participantId);
	}

	public boolean overdue(long participantId) {
		return this.cadence.contactOverdue(participantId);
	}

	public Date inTheWindAt(long participantId) {
		return Date.from(this.cadence.inTheWindAt(participantId));
	}

	public Date inactiveAt(long participantId) {
		return Date.from(this.cadence.inactiveAt(participantId));
	}

	public Date reconnectDue() {
		return Date.from(this.cadence.reconnectDue());
	}

	/**
	 * Execution listener: whether the participant came back through a contact with staff,
	 * which is the reconnection itself, or otherwise (a sighting, found by outreach),
	 * when the case manager reconnects.
	 */
	public void backThroughAContact(DelegateExecution execution, boolean contact) {
		execution.setVariable(Variables.BACK_THROUGH_A_CONTACT, contact);
	}

}
