package org.waypoint.lifecycle.process;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.waypoint.engagement.ContactCadence;

/**
 * The contact cadence as case-management's timers and gateways read it (expressions such
 * as {@code ${contactWatch.nextContactDue(participantId)}}).
 */
@Component("contactWatch")
public class ContactWatch {

	static final String BACK_THROUGH_A_CONTACT = "backThroughAContact";

	private final ContactCadence cadence;

	ContactWatch(ContactCadence cadence) {
		this.cadence = cadence;
	}

	public Date nextContactDue(long participantId) {
		return Date.from(this.cadence.nextContactDue(participantId));
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
		execution.setVariable(BACK_THROUGH_A_CONTACT, contact);
	}

}
