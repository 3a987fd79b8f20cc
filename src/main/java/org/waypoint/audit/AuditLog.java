package org.waypoint.audit;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail of participant records: every read and every disclosure attempt. The
 * entry is written in the caller's transaction, so an action and its audit line stand or
 * fall together.
 */
@Service
public class AuditLog {

	/** The actor of what the program does by itself (timers, process steps). */
	public static final String PROGRAM = "waypoint";

	private final AuditEventRepository events;

	private final Clock clock;

	AuditLog(AuditEventRepository events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public void record(String actor, AuditAction action, Long participantId, String detail) {
		this.events.save(new AuditEvent(this.clock.instant(), (actor != null) ? actor : PROGRAM, action.name(),
				participantId, abbreviate(detail)));
	}

	@Transactional(readOnly = true)
	public List<AuditEvent> trailOf(long participantId) {
		return this.events.findByParticipantIdOrderByOccurredAtAsc(participantId);
	}

	private static String abbreviate(String detail) {
		return (detail == null || detail.length() <= 1000) ? detail : detail.substring(0, 997) + "...";
	}

}
