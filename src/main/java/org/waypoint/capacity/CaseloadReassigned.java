package org.waypoint.capacity;

/**
 * Published in the reassigning transaction when a supervisor moves a referral's
 * participant to another case manager.
 */
public record CaseloadReassigned(long referralId, String fromCaseManager, String toCaseManager) {

}
