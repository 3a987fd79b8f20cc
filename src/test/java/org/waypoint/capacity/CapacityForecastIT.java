package org.waypoint.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waypoint.support.EngineTime;
import org.waypoint.support.Journeys;
import org.waypoint.support.TestLogins;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * The capacity forecast on a history worked out by hand: two case managers holding 16
 * each (average 16), and over the last 12 weeks 24 referrals accepted (12 arrest
 * diversions, 12 community), 6 pretrial referrals declined and 12 stays ended, 30 days
 * each (one of them moved between the two caseloads on the way: a move is not an end).
 * Net one participant a week: the average reaches the pacing threshold of 18 in week 4
 * and the average limit of 20 in week 8; the first case manager is at 25 in week 17 (the
 * 17th newcomer, alternating, is their 9th). With one more case manager the average
 * reaches 18 in week 22 and 20 not within 26 weeks, and nobody reaches 25; with one fewer
 * the other holds 25 at once.
 */
@WaypointIntegrationTest
class CapacityForecastIT {

	@Autowired
	Journeys journeys;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestRestTemplate rest;

	private final String suffix = UUID.randomUUID().toString().substring(0, 6);

	private final String first = "cm-forecast-a-" + this.suffix;

	private final String second = "cm-forecast-b-" + this.suffix;

	@BeforeEach
	void twelveWeeksOfHistory() {
		Instant now = EngineTime.start();
		EngineTime.setNow(now);
		this.journeys.onlyCaseManagersHolding(Map.of(this.first, 16, this.second, 16));
		for (int week = 0; week < 12; week++) {
			Instant day = now.minus(Duration.ofDays(7L * week + 3));
			long ended = decided("LAW_ENFORCEMENT_ARREST_DIVERSION", "LAW_ENFORCEMENT", true, day);
			decided("COMMUNITY", "COMMUNITY", true, day.minus(Duration.ofHours(1)));
			if (week % 2 == 0) {
				decided("PRETRIAL_DIVERSION", "PRETRIAL", false, day.minus(Duration.ofHours(2)));
			}
			Instant began = day.minus(Duration.ofDays(30));
			if (week == 0) {
				Instant moved = day.minus(Duration.ofDays(10));
				slot(this.second, ended, began, moved);
				began = moved;
			}
			slot(this.first, ended, began, day);
		}
	}

	private void slot(String caseManager, long referralId, Instant assigned, Instant released) {
		this.jdbc.update(
				"insert into caseload_assignment (case_manager_id, referral_id, assigned_at, released_at) values (?, ?, ?, ?)",
				caseManager, referralId, Timestamp.from(assigned), Timestamp.from(released));
	}

	@AfterEach
	void realTime() {
		EngineTime.reset();
	}

	@Test
	@SuppressWarnings("unchecked")
	void theAverageAndTheFirstFullCaseloadFollowTheLastTwelveWeeks() {
		ResponseEntity<Map> answer = this.rest.withBasicAuth("sam", TestLogins.passwordOf("sam"))
			.getForEntity("/api/capacity/forecast?weeksBack=12&weeksAhead=26", Map.class);

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
		Map<String, Object> forecast = answer.getBody();
		assertThat(forecast).containsEntry("participantsNow", 32)
			.containsEntry("acceptedPerWeek", 2.0)
			.containsEntry("endedPerWeek", 1.0)
			.containsEntry("averageStayDays", 30.0);
		assertThat((List<Map<String, Object>>) forecast.get("byDoor"))
			.extracting(door -> door.get("door"), door -> door.get("decidedPerWeek"),
					door -> door.get("acceptedPerWeek"))
			.containsExactly(tuple("LAW_ENFORCEMENT_ARREST_DIVERSION", 1.0, 1.0), tuple("COMMUNITY", 1.0, 1.0),
					tuple("PRETRIAL_DIVERSION", 0.5, 0.0));
		List<Map<String, Object>> scenarios = (List<Map<String, Object>>) forecast.get("scenarios");
		assertThat(scenarios)
			.extracting(scenario -> scenario.get("caseManagerChange"), scenario -> scenario.get("weeksToPacing"),
					scenario -> scenario.get("weeksToAverageLimit"), scenario -> scenario.get("weeksToFirstAtOwnLimit"),
					scenario -> scenario.get("firstAtOwnLimit"))
			.containsExactly(tuple(-1, 0, 0, 0, this.second), tuple(0, 4, 8, 17, this.first),
					tuple(1, 22, null, null, null));
		List<Double> asStaffed = (List<Double>) scenarios.get(1).get("averageByWeek");
		assertThat(asStaffed).hasSize(27).startsWith(16.0, 16.5, 17.0);
		assertThat(asStaffed.get(26)).isEqualTo(29.0);
	}

	@Test
	@SuppressWarnings("unchecked")
	void withOneCaseManagerNobodyWouldBeLeftWithOneFewer() {
		this.journeys.onlyCaseManagersHolding(Map.of(this.first, 16));

		Map<String, Object> fewer = ((List<Map<String, Object>>) this.rest
			.withBasicAuth("sam", TestLogins.passwordOf("sam"))
			.getForEntity("/api/capacity/forecast?weeksBack=12&weeksAhead=26", Map.class)
			.getBody()
			.get("scenarios")).get(0);

		assertThat(fewer).containsEntry("caseManagerChange", -1)
			.containsEntry("caseManagers", 0)
			.containsEntry("averageByWeek", List.of())
			.containsEntry("weeksToPacing", null);
	}

	@Test
	void weeksOutsideTheRangeAreRefusedAndOnlySupervisorsAndAdminsAsk() {
		assertThat(this.rest.withBasicAuth("sam", TestLogins.passwordOf("sam"))
			.getForEntity("/api/capacity/forecast?weeksBack=0", Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(this.rest.withBasicAuth("casey", TestLogins.passwordOf("casey"))
			.getForEntity("/api/capacity/forecast", Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	/** A referral decided then, and its id. */
	private long decided(String door, String priority, boolean accepted, Instant at) {
		Long referral = this.jdbc.queryForObject(
				"insert into referral (door, submitted_by, first_name, last_name, status, received_at, closed_at)"
						+ " values (?, 'rita', 'Fore', ?, ?, ?, ?) returning id",
				Long.class, door, "Cast-" + this.suffix, accepted ? "COMPLETED" : "DECLINED", Timestamp.from(at),
				Timestamp.from(at));
		this.jdbc.update(
				"insert into capacity_decision (referral_id, priority, active_case_managers, total_caseload,"
						+ " expected_priority_referrals, decision, over_average, reason, decision_definition_id,"
						+ " decision_version, decided_at) values (?, ?, 2, 32, 0, ?, false, 'seeded', 'seeded', 1, ?)",
				referral, priority, accepted ? "ACCEPT" : "DECLINE", Timestamp.from(at));
		return referral;
	}

}
