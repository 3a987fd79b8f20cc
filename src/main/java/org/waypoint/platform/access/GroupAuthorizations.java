package org.waypoint.platform.access;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/**
 * Adds a group's permissions on one resource without duplicating the authorization row.
 */
public final class GroupAuthorizations {

	private GroupAuthorizations() {
	}

	public static void grant(AuthorizationService authorizationService, String groupId, Resource resource,
			String resourceId, Permission... permissions) {
		Authorization authorization = authorizationService.createAuthorizationQuery()
			.authorizationType(AUTH_TYPE_GRANT)
			.groupIdIn(groupId)
			.resourceType(resource)
			.resourceId(resourceId)
			.singleResult();
		if (authorization == null) {
			authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
			authorization.setGroupId(groupId);
			authorization.setResource(resource);
			authorization.setResourceId(resourceId);
		}
		boolean changed = false;
		for (Permission permission : permissions) {
			if (!authorization.isPermissionGranted(permission)) {
				authorization.addPermission(permission);
				changed = true;
			}
		}
		if (changed) {
			authorizationService.saveAuthorization(authorization);
		}
	}

}
