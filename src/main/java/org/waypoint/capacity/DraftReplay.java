package org.waypoint.capacity;

import java.time.Instant;
import java.util.List;

/**
 * A policy table whose draft its own feature replays, for the policy preview: the feature
 * that keeps the table's inputs says what the draft would change (service intensity: the
 * open cases' service model and cadence).
 */
public interface DraftReplay {

	String decisionKey();

	/**
	 * What the draft would decide otherwise than the deployed table, over what was
	 * decided since then (or what is open now, where the table's inputs are kept per
	 * case); refuses a draft that cannot decide (InvalidInputException).
	 * @param reader who previews, for the audit log of whatever the answer names
	 */
	Outcomes replay(String draftXml, Instant since, String reader);

	/**
	 * One case, or decision, the draft would (or, for service intensity, may) decide
	 * otherwise.
	 */
	record ChangedOutcome(String subject, String group, String inForce, String underDraft) {
	}

	/**
	 * @param group what the table decided in force (a service model, say)
	 */
	record ReplayedByGroup(String group, int replayed, int changed) {
	}

	/**
	 * @param changes the outcomes listed: for service intensity, also cases that may
	 * change, and one entry, unnamed, for each case counted only
	 */
	record Outcomes(int replayed, List<ReplayedByGroup> byGroup, List<ChangedOutcome> changes) {

		/** How many would (or may) be decided otherwise. */
		public int changed() {
			return this.byGroup.stream().mapToInt(ReplayedByGroup::changed).sum();
		}

	}

}
