package org.waypoint.handoff;

import io.swagger.v3.oas.annotations.media.Schema;

/** The vocabulary of a warm handoff. */
public final class HandoffTerms {

	/** Who asked for the handoff. */
	@Schema(enumAsRef = true,
			description = """
					Who asked for the handoff: `CASE_PLAN` (a goal of the approved plan), `CASE_MANAGER` (outside the plan), `DISCHARGE` (the discharge plan).""")
	public enum Origin {

		CASE_PLAN, CASE_MANAGER, DISCHARGE

	}

	/**
	 * How a handoff ended. Only an accompanied handoff the provider took on counts as a
	 * completed warm handoff; a phone referral alone is recorded as such.
	 */
	@Schema(enumAsRef = true,
			description = """
					How a handoff ended: `ENGAGED` (the provider took the participant on: a completed warm handoff), `NOT_ENGAGED`,
					`DECLINED_BY_PARTICIPANT`, `PROVIDER_REFUSED`, `PHONE_REFERRAL_ONLY` (no accompanied visit; not a warm handoff).""")
	public enum Outcome {

		ENGAGED, NOT_ENGAGED, DECLINED_BY_PARTICIPANT, PROVIDER_REFUSED, PHONE_REFERRAL_ONLY;

		public boolean isCompletedWarmHandoff() {
			return this == ENGAGED;
		}

	}

	/** Who goes with the participant. */
	public enum Accompanier {

		CASE_MANAGER, PEER_SPECIALIST

	}

	public enum Transport {

		WALKED, PUBLIC_TRANSIT, PROGRAM_VEHICLE, RIDE_SHARE, OTHER

	}

	/** Whose word confirms engagement: the provider's needs a release. */
	public enum ConfirmedWith {

		PROVIDER, PARTICIPANT

	}

	private HandoffTerms() {
	}

}
