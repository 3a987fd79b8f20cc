package org.waypoint.platform.access;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On every start, tells the {@link GroupMembershipListener}s who is in each of the
 * program's groups now, so changes made while Waypoint was down are taken up.
 */
@Component
@Order(AccessSetup.ORDER + 1)
class GroupMembershipReconciliation implements ApplicationRunner {

	private final IdentityService identityService;

	private final List<GroupMembershipListener> listeners;

	GroupMembershipReconciliation(IdentityService identityService, List<GroupMembershipListener> listeners) {
		this.identityService = identityService;
		this.listeners = listeners;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (ProgramGroup group : ProgramGroup.values()) {
			Set<String> members = this.identityService.createUserQuery()
				.memberOfGroup(group.id())
				.list()
				.stream()
				.map(User::getId)
				.collect(Collectors.toSet());
			this.listeners.forEach(listener -> listener.reconcile(group.id(), members));
		}
	}

}
