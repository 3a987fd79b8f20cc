package org.waypoint.support;

import java.util.Map;

import org.waypoint.capacity.CaseloadStandards;

/** The policy as processes/ ships it, for tests without an engine. */
public final class ShippedSettings {

	private ShippedSettings() {
	}

	/**
	 * The caseload standards a site has until it deploys its own: source 000's numbers,
	 * as processes/caseload-standards.dmn gives them.
	 */
	public static CaseloadStandards caseloadStandards() {
		return CaseloadStandards
			.of(DecisionTables.load("caseload-standards").evaluate(Map.of()).getSingleResult().getEntryMap());
	}

}
