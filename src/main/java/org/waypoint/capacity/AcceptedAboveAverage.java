package org.waypoint.capacity;

/**
 * Published when a priority referral was accepted although the average caseload is above
 * the policy: supervisors review staffing (source 000).
 *
 * @param reason the decision's reason, with the figures it ruled on
 */
public record AcceptedAboveAverage(long referralId, String reason) {

}
