package org.waypoint.platform.access;

import static org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

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
public class ProgramIdentity extends AbstractProcessEnginePlugin {

	private final ObjectProvider<GroupMembershipListener> listeners;

	/** Resolved when a membership changes: listeners may use the engine built here. */
	ProgramIdentity(ObjectProvider<GroupMembershipListener> listeners) {
		this.listeners = listeners;
	}

	/**
	 * The program's groups the login is in, as the running engine command leaves them
	 * (the engine writes a membership change only when its command ends, and its queries
	 * show the old one until then). Only inside an engine command.
	 */
	public static Set<String> programGroupsOf(String userId) {
		return ((ProgramIdentityProvider) Context.getCommandContext().getWritableIdentityProvider())
			.programGroupsOf(userId);
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

		/** The program's groups of the logins whose memberships this command changed. */
		private final Map<String, Set<String>> changedProgramGroups = new HashMap<>();

		ProgramIdentityProvider(ObjectProvider<GroupMembershipListener> listeners) {
			this.listeners = listeners;
		}

		@Override
		public IdentityOperationResult createMembership(String userId, String groupId) {
			Set<String> groups = new HashSet<>(programGroupsOf(userId));
			IdentityOperationResult result = super.createMembership(userId, groupId);
			if (ProgramGroup.ids().contains(groupId)) {
				groups.add(groupId);
				this.changedProgramGroups.put(userId, Set.copyOf(groups));
			}
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
			Set<String> kept = new HashSet<>(programGroupsOf(userId));
			kept.remove(groupId);
			IdentityOperationResult result = super.deleteMembership(userId, groupId);
			this.changedProgramGroups.put(userId, Set.copyOf(kept));
			tell(groupId, listener -> listener.left(userId, groupId, programGroupsOf(userId)));
			return result;
		}

		@Override
		public IdentityOperationResult deleteUser(String userId) {
			if (isLastAdministrator(userId)) {
				throw new BadUserRequestException(userId + " is the last member of " + CAMUNDA_ADMIN
						+ " and cannot be deleted: add another administrator to it first");
			}
			Set<String> groups = programGroupsOf(userId);
			IdentityOperationResult result = super.deleteUser(userId);
			this.changedProgramGroups.put(userId, Set.of());
			groups.forEach(groupId -> tell(groupId, listener -> listener.left(userId, groupId, Set.of())));
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

		Set<String> programGroupsOf(String userId) {
			Set<String> changed = this.changedProgramGroups.get(userId);
			if (changed != null) {
				return changed;
			}
			CommandContext context = Context.getCommandContext();
			return context.runWithoutAuthorization(() -> createGroupQuery(context).groupMember(userId)
				.list()
				.stream()
				.map(Group::getId)
				.filter(ProgramGroup.ids()::contains)
				.collect(Collectors.toUnmodifiableSet()));
		}

	}

}
