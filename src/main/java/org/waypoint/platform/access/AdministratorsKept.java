package org.waypoint.platform.access;

import static org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code camunda-admin} always keeps a direct member (DESIGN.md section 4,
 * CVE-2026-77226): Camunda Admin's first-run setup creates an administrator for anyone,
 * without a login, as soon as that group is empty. Removing its last member, deleting
 * that user and deleting the group are refused in the identity provider itself, so every
 * path (Admin, the engine REST API, Java) is held to it.
 */
@Component
class AdministratorsKept extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setIdentityProviderSessionFactory(new GenericManagerFactory(KeepingAnAdministrator.class));
	}

	/** The engine's own identity store, refusing what would empty camunda-admin. */
	public static class KeepingAnAdministrator extends DbIdentityServiceProvider {

		@Override
		public IdentityOperationResult deleteMembership(String userId, String groupId) {
			if (CAMUNDA_ADMIN.equals(groupId) && isLastAdministrator(userId)) {
				throw new BadUserRequestException(userId + " is the last member of " + CAMUNDA_ADMIN
						+ ": add another administrator to it first (an empty " + CAMUNDA_ADMIN
						+ " reopens Camunda Admin's first-run setup to anyone)");
			}
			return super.deleteMembership(userId, groupId);
		}

		@Override
		public IdentityOperationResult deleteUser(String userId) {
			if (isLastAdministrator(userId)) {
				throw new BadUserRequestException(userId + " is the last member of " + CAMUNDA_ADMIN
						+ " and cannot be deleted: add another administrator to it first");
			}
			return super.deleteUser(userId);
		}

		@Override
		public IdentityOperationResult deleteGroup(String groupId) {
			if (CAMUNDA_ADMIN.equals(groupId)) {
				throw new BadUserRequestException("The group " + CAMUNDA_ADMIN + " cannot be deleted: without it "
						+ "Camunda Admin's first-run setup is open to anyone");
			}
			return super.deleteGroup(groupId);
		}

		/** Counted whatever the caller may read: a partial view must not let it pass. */
		private boolean isLastAdministrator(String userId) {
			CommandContext context = Context.getCommandContext();
			return context.runWithoutAuthorization(() -> {
				long members = createUserQuery(context).memberOfGroup(CAMUNDA_ADMIN).count();
				return members == 1
						&& createUserQuery(context).userId(userId).memberOfGroup(CAMUNDA_ADMIN).count() == 1;
			});
		}

	}

}
