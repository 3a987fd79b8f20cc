package org.waypoint.capacity;

import java.util.Map;

/**
 * The program's caseload numbers, each said in one cell of the caseload-standards table
 * (StandardsInForce). The other decision tables (referral-admission, capacity-alert) take
 * them as inputs and build their reasons from them, the program view draws its lines at
 * them, and the roster counts own limits against the cap: a site that changes one changes
 * it everywhere.
 *
 * @param cap no case manager ever holds more (source 000: "under no circumstances ...
 * more than 25"); each case manager's own limit is at most this, and counts as its share
 * of it in the average
 * @param averageLimit the average caseload admission keeps to, but for priority referrals
 * (source 000: 20)
 * @param pacingThreshold the average at which supervisors are told to expand staffing,
 * slightly ahead of the caseloads (18)
 * @param intensiveStandard the most participants in intensive service models on one
 * caseload (the 12-15 standard of sources 000 and 003: 15)
 */
public record CaseloadStandards(int cap, int averageLimit, int pacingThreshold, int intensiveStandard) {

	/** The decision tables' names for these numbers. */
	public static final String CAP = "caseloadCap";

	public static final String AVERAGE_LIMIT = "averageLimit";

	public static final String PACING_THRESHOLD = "pacingThreshold";

	public static final String INTENSIVE_STANDARD = "intensiveStandard";

	public CaseloadStandards {
		if (pacingThreshold < 1 || pacingThreshold > averageLimit || averageLimit > cap) {
			throw new IllegalArgumentException("Caseload standards: expected 0 < pacing threshold (" + pacingThreshold
					+ ") <= average limit (" + averageLimit + ") <= cap (" + cap + ")");
		}
		if (intensiveStandard < 1 || intensiveStandard > cap) {
			throw new IllegalArgumentException("Caseload standards: expected 0 < intensive standard ("
					+ intensiveStandard + ") <= cap (" + cap + ")");
		}
	}

	/**
	 * The standards in a caseload-standards table's row (deployed or a draft), by output
	 * name.
	 */
	public static CaseloadStandards of(Map<String, Object> row) {
		return new CaseloadStandards(number(row, CAP), number(row, AVERAGE_LIMIT), number(row, PACING_THRESHOLD),
				number(row, INTENSIVE_STANDARD));
	}

	private static int number(Map<String, Object> row, String output) {
		if (!(row.get(output) instanceof Number number)) {
			throw new IllegalArgumentException("Caseload standards: no number for " + output);
		}
		return number.intValue();
	}

	/** The numbers as the decision tables read them. */
	public Map<String, Object> asDecisionInputs() {
		return Map.of(CAP, this.cap, AVERAGE_LIMIT, this.averageLimit, PACING_THRESHOLD, this.pacingThreshold,
				INTENSIVE_STANDARD, this.intensiveStandard);
	}

}
