package org.waypoint.referral;

/** Published inside the submitting transaction when a new referral is taken. */
public record ReferralReceived(long referralId, String caseNumber, String shortName, Door door) {

}
