package org.waypoint.referral.web;

import java.time.Instant;

import org.waypoint.referral.Door;
import org.waypoint.referral.Referral;
import org.waypoint.referral.ReferralStatus;

/**
 * What a referrer sees of their referral: its status and the reason, nothing clinical.
 */
record ReferralView(long id, String caseNumber, String partnerReference, Door door, ReferralStatus status,
		String reason, Instant receivedAt, Instant closedAt) {

	static ReferralView of(Referral referral) {
		return new ReferralView(referral.getId(), referral.caseNumber(), referral.getPartnerReference(),
				referral.getDoor(), referral.getStatus(), referral.getStatusReason(), referral.getReceivedAt(),
				referral.getClosedAt());
	}

}
