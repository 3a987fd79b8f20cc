package org.waypoint.capacity.process;

import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.springframework.stereotype.Component;
import org.waypoint.capacity.CaseloadStandards;
import org.waypoint.capacity.StandardsInForce;
import org.waypoint.platform.decisions.DetachedDecisions;
import org.waypoint.platform.decisions.DetachedDecisions.Version;

/**
 * The standards as the latest deployed caseload-standards table gives them. Each version
 * is read once: a decision asks which version is the latest (one query) and evaluates the
 * table only when that changed, detached from the engine (it names no one, and the view
 * that asks may read in a read-only transaction). A version whose standards contradict
 * each other is refused as it is deployed (CaseloadStandardsCheck).
 */
@Component
class CaseloadStandardsTable implements StandardsInForce {

	static final String KEY = "caseload-standards";

	private final DetachedDecisions decisions;

	private volatile Read lastRead;

	CaseloadStandardsTable(DetachedDecisions decisions) {
		this.decisions = decisions;
	}

	@Override
	public CaseloadStandards current() {
		Version latest = this.decisions.latestVersion(KEY)
			.orElseThrow(
					() -> new IllegalStateException("No " + KEY + " table is deployed (processes/" + KEY + ".dmn)"));
		Read read = this.lastRead;
		if (read == null || !read.version().equals(latest)) {
			read = new Read(latest, standardsOf(this.decisions.read(latest)));
			this.lastRead = read;
		}
		return read.standards();
	}

	/**
	 * The standards a caseload-standards table (deployed or a draft) gives.
	 * @throws IllegalArgumentException when it gives no row or numbers that contradict
	 * each other
	 */
	static CaseloadStandards standardsOf(DmnDecision table) {
		return CaseloadStandards.of(DetachedDecisions.evaluate(table, Map.of())
			.orElseThrow(() -> new IllegalArgumentException(KEY + " gives no row"))
			.getEntryMap());
	}

	private record Read(Version version, CaseloadStandards standards) {
	}

}
