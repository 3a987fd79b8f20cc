package org.waypoint.platform.access;

import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The login behind a call to Waypoint's REST API (authenticated by HTTP Basic, see
 * EngineRestAuthentication), checked against the groups an endpoint serves.
 */
@Component
public class ApiCaller {

	private final IdentityService identityService;

	private final AsSystem asSystem;

	ApiCaller(IdentityService identityService, AsSystem asSystem) {
		this.identityService = identityService;
		this.asSystem = asSystem;
	}

	/** The caller, if they belong to one of the groups; 403 otherwise. */
	public Authentication requireOneOf(Set<ProgramGroup> groups) {
		Authentication caller = this.identityService.getCurrentAuthentication();
		if (caller == null || !belongsToAny(caller, groups)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Your login may not use this part of the API");
		}
		return caller;
	}

	/**
	 * A caller who may ask to end or narrow a case (participant.CaseChanges then checks
	 * it is theirs, unless they oversee the program).
	 */
	public record CaseChanger(String userId, boolean oversees) {
	}

	/** The caller, if they may ask to change a case at all; 403 otherwise. */
	public CaseChanger requireCaseChanger() {
		Authentication caller = requireOneOf(ProgramGroup.caseChangers());
		return new CaseChanger(caller.getUserId(), belongsToAny(caller, ProgramGroup.oversight()));
	}

	/**
	 * Whether a login is one of the program's staff, whatever the caller may read of the
	 * users (work is attributed only to staff).
	 */
	public boolean isStaff(String userId) {
		Set<String> staff = ProgramGroup.staff().stream().map(ProgramGroup::id).collect(Collectors.toSet());
		return this.asSystem.call(() -> this.identityService.createGroupQuery()
			.groupMember(userId)
			.list()
			.stream()
			.map(Group::getId)
			.anyMatch(staff::contains));
	}

	public static boolean belongsToAny(Authentication caller, Set<ProgramGroup> groups) {
		return groups.stream().map(ProgramGroup::id).anyMatch(caller.getGroupIds()::contains);
	}

}
