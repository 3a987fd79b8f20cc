package org.waypoint.platform.access;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** The name a login was given in Camunda Admin ("Casey Morgan"), whoever asks. */
@Component
public class LoginNames {

	private final IdentityService identityService;

	private final AsSystem asSystem;

	LoginNames(IdentityService identityService, AsSystem asSystem) {
		this.identityService = identityService;
		this.asSystem = asSystem;
	}

	/** First and last name, or the login itself when it has none or was deleted. */
	public String nameOf(String userId) {
		return nameOf(userId,
				this.asSystem.call(() -> this.identityService.createUserQuery().userId(userId).singleResult()));
	}

	/** {@link #nameOf} of each login, in one query: for lists of many. */
	public Map<String, String> namesOf(Collection<String> userIds) {
		if (userIds.isEmpty()) {
			return Map.of();
		}
		Map<String, User> users = this.asSystem
			.call(() -> this.identityService.createUserQuery().userIdIn(userIds.toArray(String[]::new)).list())
			.stream()
			.collect(Collectors.toMap(User::getId, Function.identity()));
		Map<String, String> names = new HashMap<>();
		userIds.forEach(userId -> names.put(userId, nameOf(userId, users.get(userId))));
		return names;
	}

	private static String nameOf(String userId, User user) {
		String name = (user == null) ? "" : (nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName()));
		return name.isBlank() ? userId : name.strip();
	}

	private static String nullToEmpty(String text) {
		return (text != null) ? text : "";
	}

}
