package org.waypoint.capacity;

/**
 * The program's admission rules: how a referral of a given priority fares on a caseload.
 */
@FunctionalInterface
public interface AdmissionPolicy {

	AdmissionRuling rule(String priority, CaseloadPicture picture, CaseloadStandards standards);

}
