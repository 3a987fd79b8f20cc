package org.waypoint.referral;

/**
 * Published inside the submitting transaction when a new referral is taken.
 *
 * @param possibleMatch case number of an active participant who may be the same person,
 * or null
 */
public record ReferralReceived(long referralId, String caseNumber, String shortName, Door door, String possibleMatch) {

}
