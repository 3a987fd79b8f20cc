package org.waypoint.platform.access;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls as the program itself rather than as the logged-in user, for steps
 * the user has already been allowed to take (a partner's referral starts a process the
 * partner must not start through the engine API; a screening triggers the capacity table
 * the outreach worker may not evaluate directly).
 */
@Component
public class AsSystem {

	private final IdentityService identityService;

	AsSystem(IdentityService identityService) {
		this.identityService = identityService;
	}

	public <T> T call(Supplier<T> work) {
		Authentication caller = this.identityService.getCurrentAuthentication();
		this.identityService.clearAuthentication();
		try {
			return work.get();
		}
		finally {
			if (caller != null) {
				this.identityService.setAuthentication(caller);
			}
		}
	}

	public void run(Runnable work) {
		call(() -> {
			work.run();
			return null;
		});
	}

}
