package org.waypoint.referral;

import java.time.Instant;

/** Where and when a referral came in: what reports over many referrals need of each. */
public record ReferralOrigin(long referralId, Door door, Instant receivedAt) {
}
