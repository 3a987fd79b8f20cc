package org.waypoint.consent.process;

import java.util.List;

/** The fields of forms/record-release.form and forms/renew-release.form. */
public final class ReleaseForm {

	public static final String NO_RELEASE = "noRelease";

	public static final String PARTY = "releaseParty";

	public static final String PARTY_NAME = "releasePartyName";

	public static final String SCOPES = "releaseScopes";

	public static final String PURPOSE = "releasePurpose";

	public static final String SIGNED_ON = "releaseSignedOn";

	public static final String EXPIRES_ON = "releaseExpiresOn";

	public static final String EXPLAINED = "releaseExplained";

	/** The case manager ticks it to record another release after this one. */
	public static final String ANOTHER_RELEASE = "anotherRelease";

	/**
	 * Routing: another release task follows. Not the field's own name, so the next task's
	 * form does not come back with the box already ticked.
	 */
	public static final String RECORD_ANOTHER = "recordAnotherRelease";

	/** Form renew-release: signed again, and until when. */
	public static final String RENEWED = "releaseRenewed";

	public static final List<String> FIELDS = List.of(NO_RELEASE, PARTY, PARTY_NAME, SCOPES, PURPOSE, SIGNED_ON,
			EXPIRES_ON, EXPLAINED, ANOTHER_RELEASE, RENEWED);

	private ReleaseForm() {
	}

}
