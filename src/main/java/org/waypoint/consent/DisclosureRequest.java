package org.waypoint.consent;

import java.util.EnumSet;
import java.util.Set;

/**
 * Something the program would share about a participant: with whom, which scopes, why,
 * and what exactly.
 */
public record DisclosureRequest(long participantId, ReleaseParty party, Set<DisclosureScope> scopes, String purpose,
		String content) {

	public DisclosureRequest {
		if (scopes == null || scopes.isEmpty()) {
			throw new IllegalArgumentException("A disclosure names what it shares");
		}
		scopes = EnumSet.copyOf(scopes);
	}

}
