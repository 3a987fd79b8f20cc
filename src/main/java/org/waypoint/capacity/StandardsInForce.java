package org.waypoint.capacity;

/**
 * The caseload standards in force now: those of the latest caseload-standards table an
 * administrator deployed.
 */
@FunctionalInterface
public interface StandardsInForce {

	CaseloadStandards current();

}
