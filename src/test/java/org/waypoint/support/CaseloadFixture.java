package org.waypoint.support;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waypoint.capacity.CapacityService;
import org.waypoint.capacity.Caseload;

/**
 * Sets the caseloads a capacity test starts from: only the named case managers are
 * active, each holding the given number of participants, with no limit of their own and
 * not away. Each is a login in the case-managers group (as every case manager is: a
 * restart reconciles the roster with the group). Other case managers are set inactive,
 * not deleted, so the demo data stays as a restart would find it; a node started after
 * this takes the group's members on again, so start it first. The participants held are
 * nobody the test follows: their slots name negative referral ids, which no referral has.
 */
public final class CaseloadFixture {

	private CaseloadFixture() {
	}

	public static void onlyCaseManagersHolding(ProcessEngine engine, JdbcTemplate jdbc, CapacityService capacity,
			Map<String, Integer> participantsByCaseManager) {
		jdbc.update("delete from capacity_decision");
		jdbc.update("delete from caseload_assignment");
		jdbc.update("update case_manager set active = false");
		AtomicLong unfollowedReferral = new AtomicLong();
		participantsByCaseManager.forEach((caseManager, participants) -> {
			TestLogins.caseManager(engine.getIdentityService(), caseManager);
			capacity.registerCaseManager(caseManager);
			jdbc.update("update case_manager set active = true, caseload_limit = null, away_from = null,"
					+ " away_until = null, covered_by = null where user_id = ?", caseManager);
			for (int participant = 0; participant < participants; participant++) {
				jdbc.update(
						"insert into caseload_assignment (case_manager_id, referral_id, assigned_at)"
								+ " values (?, ?, current_timestamp)",
						caseManager, unfollowedReferral.decrementAndGet());
			}
		});
	}

	/** How many participants the case manager holds now. */
	public static long caseloadOf(CapacityService capacity, String caseManager) {
		return capacity.caseloads()
			.stream()
			.filter(caseload -> caseload.caseManagerId().equals(caseManager))
			.mapToLong(Caseload::participants)
			.sum();
	}

}
