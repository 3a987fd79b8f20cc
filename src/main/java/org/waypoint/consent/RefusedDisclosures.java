package org.waypoint.consent;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.waypoint.audit.AuditAction;
import org.waypoint.audit.AuditLog;

/**
 * The record of refused disclosures, written in a transaction of its own: a refusal that
 * makes the caller's work fail (a form the worker must change) stays in the log.
 */
@Component
class RefusedDisclosures {

	private final DisclosureRepository disclosures;

	private final AuditLog auditLog;

	private final Clock clock;

	RefusedDisclosures(DisclosureRepository disclosures, AuditLog auditLog, Clock clock) {
		this.disclosures = disclosures;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	DisclosureResult record(DisclosureRequest request, String reason, String attemptedBy) {
		this.disclosures.save(new Disclosure(request, null, reason, attemptedBy, this.clock.instant()));
		this.auditLog.record(attemptedBy, AuditAction.DISCLOSURE_REFUSED, request.participantId(),
				request.party() + " " + request.scopes() + ": " + reason);
		return new DisclosureResult(false, null, reason);
	}

}
