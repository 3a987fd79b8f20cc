package org.waypoint.participant;

import org.springframework.stereotype.Service;
import org.waypoint.audit.AuditAction;
import org.waypoint.audit.AuditLog;
import org.waypoint.capacity.CapacityService;
import org.waypoint.platform.NotPermittedException;

/**
 * Who may end or narrow a participant's case (an early exit, step-down, releases of
 * information and their revocation, a handoff): the participant's own case manager (or
 * the colleague covering them while they are away), and those who oversee the program
 * (supervisors, program administrators). Anyone else is refused, and the attempt is
 * audited. Contacts and sightings stay open to all staff.
 */
@Service
public class CaseChanges {

	private final ParticipantService participants;

	private final CapacityService capacityService;

	private final AuditLog auditLog;

	CaseChanges(ParticipantService participants, CapacityService capacityService, AuditLog auditLog) {
		this.participants = participants;
		this.capacityService = capacityService;
		this.auditLog = auditLog;
	}

	/**
	 * Refuses the change unless the actor is the participant's case manager or oversees
	 * the program. Not transactional: the audit line of a refusal stays written.
	 * @param change what was attempted, for the refusal and the audit line, e.g. "exit"
	 */
	public void requireAllowed(long participantId, String actor, boolean oversees, String change) {
		if (oversees || worksTheCase(participantId, actor)) {
			return;
		}
		this.auditLog.record(actor, AuditAction.CASE_CHANGE_REFUSED, participantId, change);
		throw new NotPermittedException("Only the participant's case manager, a supervisor or a program administrator "
				+ "may change this case (" + change + ")");
	}

	/** The actor is the participant's case manager, or the colleague covering them. */
	public boolean worksTheCase(long participantId, String actor) {
		String caseManager = this.participants.get(participantId).getCaseManagerId();
		return actor != null && caseManager != null && (actor.equals(caseManager)
				|| this.capacityService.coverOf(caseManager).filter(actor::equals).isPresent());
	}

}
