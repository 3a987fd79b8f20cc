package org.waypoint.capacity.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import org.waypoint.platform.web.CalledBy;

/**
 * The case managers on staff, for supervisors and program administrators: each one's
 * caseload, own limit and leave, and the changes to them (audited). Joining and leaving
 * the staff is Camunda Admin's: the case-managers group.
 */
@RestController
@RequestMapping("/api/case-managers")
@Tag(name = "Case managers", description = "The case managers on staff: own limits, leave and who covers.")
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
	 * @param limit their own limit, empty when none is set; one set above a cap lowered
	 * since reads as the cap
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
	@Operation(operationId = "caseManagers", summary = "The case managers on staff",
			description = "Each case manager's caseload, own limit, leave and who covers, and whether they take new participants today.")
	@ApiResponse(responseCode = "200", description = "The case managers.")
	@CalledBy("supervisors, program-admins")
	List<CaseManagerView> staff() {
		this.apiCaller.requireOneOf(ProgramGroup.oversight());
		Map<String, Long> held = this.capacityService.caseloads()
			.stream()
			.collect(Collectors.toMap(Caseload::caseManagerId, Caseload::participants));
		return this.capacityService.staff().stream().map(member -> view(member, held)).toList();
	}

	@PutMapping("/{userId}/limit")
	@Operation(operationId = "setOwnLimit", summary = "Set a case manager's own limit", description = """
			A part-time or new case manager takes participants only up to `limit` (from 1 to the \
			site's cap, 25 by default); `null` removes it. The average the admission table weighs \
			counts each case manager as own limit / cap. Audited (`STAFF_CHANGED`).""")
	@ApiResponse(responseCode = "200", description = "The case manager, with the new limit.")
	@ApiResponse(responseCode = "400",
			description = "A limit outside 1 to the site's cap, or a login that is not a case manager on staff.")
	@CalledBy("supervisors, program-admins")
	CaseManagerView setLimit(@PathVariable String userId, @RequestBody LimitChange change) {
		Authentication caller = this.apiCaller.requireOneOf(ProgramGroup.oversight());
		CaseManager changed = this.capacityService.setOwnLimit(userId, change.limit());
		this.auditLog.record(caller.getUserId(), AuditAction.STAFF_CHANGED, null,
				userId + ": own limit " + ((change.limit() != null) ? change.limit() : "the site's cap"));
		return view(changed);
	}

	@PutMapping("/{userId}/leave")
	@Operation(operationId = "setLeave", summary = "Set a case manager's leave and cover", description = """
			From `from` (a date) the covering colleague `coveredBy` (another case manager on staff) \
			gets the open tasks of the absent case manager's participants and may change those \
			cases; the absent case manager takes no new referrals. On the day after `until` the \
			work goes back. Audited (`STAFF_CHANGED`).""")
	@ApiResponse(responseCode = "200", description = "The case manager, with the leave.")
	@ApiResponse(responseCode = "400",
			description = "`from` or `until` missing, in the wrong order or `until` past; a cover who is not another case manager on staff; a login that is not a case manager on staff.")
	@CalledBy("supervisors, program-admins")
	CaseManagerView setLeave(@PathVariable String userId, @RequestBody Leave leave) {
		Authentication caller = this.apiCaller.requireOneOf(ProgramGroup.oversight());
		CaseManager changed = this.capacityService.setAway(userId, leave.from(), leave.until(), leave.coveredBy());
		this.auditLog.record(caller.getUserId(), AuditAction.STAFF_CHANGED, null,
				userId + ": away " + leave.from() + " to " + leave.until() + ", covered by " + leave.coveredBy());
		return view(changed);
	}

	@DeleteMapping("/{userId}/leave")
	@Operation(operationId = "endLeave", summary = "End a case manager's leave now",
			description = "The open work goes back to the case manager at once. Audited (`STAFF_CHANGED`).")
	@ApiResponse(responseCode = "200", description = "The case manager, back.")
	@ApiResponse(responseCode = "400", description = "A login that is not a case manager on staff.")
	@CalledBy("supervisors, program-admins")
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
		int ownLimit = member.ownLimit(this.capacityService.cap());
		return new CaseManagerView(member.getUserId(), held.getOrDefault(member.getUserId(), 0L),
				(member.getCaseloadLimit() != null) ? ownLimit : null, ownLimit, member.getAwayFrom(),
				member.getAwayUntil(), member.getCoveredBy(), !member.isAwayOn(today));
	}

}
