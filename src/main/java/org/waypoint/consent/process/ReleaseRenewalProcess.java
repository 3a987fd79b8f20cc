package org.waypoint.consent.process;

/** Declaration of processes/release-renewal.bpmn: its key, element ids and variables. */
public final class ReleaseRenewalProcess {

	public static final String KEY = "release-renewal";

	public static final String GATEWAY_AWAIT_RENEWAL = "Gateway_AwaitRenewal";

	public static final String TASK_RENEW_RELEASE = "Task_RenewRelease";

	public static final String END_RELEASE_RENEWED = "EndEvent_RenewalHandled";

	public static final String END_NO_RENEWAL_NEEDED = "EndEvent_NoRenewalNeeded";

	public static final String END_REVOKED = "EndEvent_Revoked";

	public static final String END_REVOKED_WHILE_RENEWING = "EndEvent_RevokedWhileRenewing";

	/** The participant revoked the release (POST /api/releases/{id}/revocation). */
	public static final String MESSAGE_RELEASE_REVOKED = "ReleaseRevoked";

	public static final class Variables {

		public static final String RELEASE_ID = "releaseId";

		/** For the task's name: who the release is for, e.g. "probation". */
		public static final String RELEASE_PARTY = "releasePartyLabel";

		public static final String RENEWAL_DUE_AT = "renewalDueAt";

		public static final String EXPIRES_AT = "expiresAt";

		private Variables() {
		}

	}

	private ReleaseRenewalProcess() {
	}

}
