package org.waypoint.platform.access;

import static org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN;

import java.util.List;
import java.util.function.Consumer;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The engine's own identity store, with the program's rules on every path (Camunda Admin,
 * the engine REST API, Java):
 * <ul>
 * <li>{@code camunda-admin} always keeps a direct member (DESIGN.md section 4,
 * CVE-2026-77226): Admin's first-run setup creates an administrator for anyone as soon as
 * that group is empty, so removing its last member, deleting that user and deleting the
 * group are refused;</li>
 * <li>each change of a membership is told to the {@link GroupMembershipListener}s in its
 * transaction, so a login added to a staff group is staff at once.</li>
 * </ul>
 */
@Component
class ProgramIdentity extends AbstractProcessEnginePlugin {

	private final ObjectProvider<GroupMembershipListener> listeners;

	/** Resolved when a membership changes: listeners may use the engine built here. */
	ProgramIdentity(ObjectProvider<GroupMembershipListener> listeners) {
		this.listeners = listeners;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setIdentityProviderSessionFactory(new SessionFactory() {

			@Override
			public Class<?> getSessionType() {
				return ProgramIdentityProvider.class;
			}

			@Override
			public Session openSession() {
				return new ProgramIdentityProvider(ProgramIdentity.this.listeners);
			}

		});
	}

	static class ProgramIdentityProvider extends DbIdentityServiceProvider {

		private final ObjectProvider<GroupMembershipListener> listeners;

		ProgramIdentityProvider(ObjectProvider<GroupMembershipListener> listeners) {
			this.listeners = listeners;
		}

		@Override
		public IdentityOperationResult createMembership(String userId, String groupId) {
			IdentityOperationResult result = super.createMembership(userId, groupId);
			tell(groupId, listener -> listener.joined(userId, groupId));
			return result;
		}

		/**
		 * Only the program's groups concern the listeners; resolving them no earlier
		 * keeps the engine's own start (its administrator's membership) free of them.
		 */
		private void tell(String groupId, Consumer<GroupMembershipListener> change) {
			if (ProgramGroup.ids().contains(groupId)) {
				this.listeners.orderedStream().forEach(change);
			}
		}

		@Override
		public IdentityOperationResult deleteMembership(String userId, String groupId) {
			if (CAMUNDA_ADMIN.equals(groupId) && isLastAdministrator(userId)) {
				throw new BadUserRequestException(userId + " is the last member of " + CAMUNDA_ADMIN
						+ ": add another administrator to it first (an empty " + CAMUNDA_ADMIN
						+ " reopens Camunda Admin's first-run setup to anyone)");
			}
			IdentityOperationResult result = super.deleteMembership(userId, groupId);
			tell(groupId, listener -> listener.left(userId, groupId));
			return result;
		}

		@Override
		public IdentityOperationResult deleteUser(String userId) {
			if (isLastAdministrator(userId)) {
				throw new BadUserRequestException(userId + " is the last member of " + CAMUNDA_ADMIN
						+ " and cannot be deleted: add another administrator to it first");
			}
			List<String> groups = groupsOf(userId);
			IdentityOperationResult result = super.deleteUser(userId);
			groups.forEach(groupId -> tell(groupId, listener -> listener.left(userId, groupId)));
			return result;
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

		private List<String> groupsOf(String userId) {
			CommandContext context = Context.getCommandContext();
			return context.runWithoutAuthorization(
					() -> createGroupQuery(context).groupMember(userId).list().stream().map(Group::getId).toList());
		}

	}

}
