package org.waypoint.capacity.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.waypoint.audit.AuditAction;
import org.waypoint.audit.AuditLog;
import org.waypoint.capacity.CapacityService;
import org.waypoint.capacity.CaseManager;
import org.waypoint.capacity.Caseload;
import org.waypoint.platform.access.ApiCaller;
import org.waypoint.platform.access.ProgramGroup;

/**
 * The case managers on staff, for supervisors and program administrators: each one's
 * caseload, own limit and leave, and the changes to them (audited). Joining and leaving
 * the staff is Camunda Admin's: the case-managers group.
 */
@RestController
@RequestMapping("/api/case-managers")
class CaseManagerController {

	private final CapacityService capacityService;

	private final AuditLog auditLog;

	private final ApiCaller apiCaller;

	private final Clock clock;

	CaseManagerController(CapacityService capacityService, AuditLog auditLog, ApiCaller apiCaller, Clock clock) {
		this.capacityService = capacityService;
		this.auditLog = auditLog;
		this.apiCaller = apiCaller;
		this.clock = clock;
	}

	/**
	 * @param limit their own limit, empty when it is the site's cap
	 * @param ownLimit the limit that applies to them
	 * @param takingParticipants whether a new participant may go to them today (not away)
	 */
	record CaseManagerView(String userId, long participants, Integer limit, int ownLimit, LocalDate awayFrom,
			LocalDate awayUntil, String coveredBy, boolean takingParticipants) {
	}

	/** Empty: the site's cap. */
	record LimitChange(Integer limit) {
	}

	record Leave(LocalDate from, LocalDate until, String coveredBy) {
	}

	@GetMapping
	List<CaseManagerView> staff() {
		this.apiCaller.requireOneOf(ProgramGroup.oversight());
		Map<String, Long> held = this.capacityService.caseloads()
			.stream()
			.collect(Collectors.toMap(Caseload::caseManagerId, Caseload::participants));
		return this.capacityService.staff().stream().map(member -> view(member, held)).toList();
	}

	@PutMapping("/{userId}/limit")
	CaseManagerView setLimit(@PathVariable String userId, @RequestBody LimitChange change) {
		Authentication caller = this.apiCaller.requireOneOf(ProgramGroup.oversight());
		CaseManager changed = this.capacityService.setOwnLimit(userId, change.limit());
		this.auditLog.record(caller.getUserId(), AuditAction.STAFF_CHANGED, null,
				userId + ": own limit " + ((change.limit() != null) ? change.limit() : "the site's cap"));
		return view(changed);
	}

	@PutMapping("/{userId}/leave")
	CaseManagerView setLeave(@PathVariable String userId, @RequestBody Leave leave) {
		Authentication caller = this.apiCaller.requireOneOf(ProgramGroup.oversight());
		CaseManager changed = this.capacityService.setAway(userId, leave.from(), leave.until(), leave.coveredBy());
		this.auditLog.record(caller.getUserId(), AuditAction.STAFF_CHANGED, null,
				userId + ": away " + leave.from() + " to " + leave.until() + ", covered by " + leave.coveredBy());
		return view(changed);
	}

	@DeleteMapping("/{userId}/leave")
	CaseManagerView endLeave(@PathVariable String userId) {
		Authentication caller = this.apiCaller.requireOneOf(ProgramGroup.oversight());
		CaseManager changed = this.capacityService.endAway(userId);
		this.auditLog.record(caller.getUserId(), AuditAction.STAFF_CHANGED, null, userId + ": back from leave");
		return view(changed);
	}

	private CaseManagerView view(CaseManager member) {
		return view(member, Map.of(member.getUserId(), (long) this.capacityService.heldBy(member.getUserId()).size()));
	}

	private CaseManagerView view(CaseManager member, Map<String, Long> held) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		return new CaseManagerView(member.getUserId(), held.getOrDefault(member.getUserId(), 0L),
				member.getCaseloadLimit(), member.ownLimit(this.capacityService.cap()), member.getAwayFrom(),
				member.getAwayUntil(), member.getCoveredBy(), !member.isAwayOn(today));
	}

}
