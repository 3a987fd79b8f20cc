package org.waypoint.lifecycle.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waypoint.capacity.CapacityService;
import org.waypoint.capacity.Caseload;
import org.waypoint.referral.Door;
import org.waypoint.referral.NewReferral;
import org.waypoint.referral.Referral;
import org.waypoint.referral.ReferralService;
import org.waypoint.referral.ReferralStatus;
import org.waypoint.support.CaseloadFixture;
import org.waypoint.support.Screening;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * A second referral for someone already active (same name and date of birth) is shown to
 * the screener as a possible match; confirmed, it is linked to the participant, not
 * duplicated.
 */
@WaypointIntegrationTest
class ParticipantMatchIT {

	private static final LocalDate BORN = LocalDate.of(1984, 3, 9);

	@Autowired
	ProcessEngine engine;

	@Autowired
	ReferralService referralService;

	@Autowired
	CapacityService capacity;

	@Autowired
	TaskService taskService;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void oneCaseManagerWithRoom() {
		CaseloadFixture.onlyCaseManagersHolding(this.engine, this.jdbc, this.capacity, Map.of("cm-match", 5));
	}

	@Test
	void secondReferralOfAnActiveParticipantIsLinkedNotDuplicated() {
		Referral first = submit("match-1", "Dana", "Whitfield");
		screen(first, Map.of());
		assertThat(status(first)).isEqualTo(ReferralStatus.ACCEPTED);

		Referral again = submit("match-2", "dana", "WHITFIELD");
		assertThat(
				this.taskService.getVariable(Screening.taskOf(this.taskService, again.caseNumber()), "possibleMatch"))
			.isEqualTo(first.caseNumber());
		screen(again, Map.of("samePerson", true));

		assertThat(status(again)).isEqualTo(ReferralStatus.LINKED);
		assertThat(this.referralService.find(again.getId()).orElseThrow().getStatusReason())
			.contains(first.caseNumber());
		assertThat(this.capacity.caseloads()).extracting(Caseload::participants).containsExactly(6L);
	}

	@Test
	void someoneElseWithAnotherBirthDateIsNoMatch() {
		Referral first = submit("match-3", "Omar", "Haddad");
		screen(first, Map.of());

		Referral other = this.referralService
			.submit(new NewReferral(Door.COMMUNITY, "match-4", "Omar", "Haddad", BORN.plusYears(20), null, null, null,
					null, null), "rita")
			.referral();

		assertThat(other.getPossibleMatch()).isEmpty();
		assertThat(
				this.taskService.getVariable(Screening.taskOf(this.taskService, other.caseNumber()), "possibleMatch"))
			.isNull();
	}

	private Referral submit(String reference, String firstName, String lastName) {
		return this.referralService
			.submit(new NewReferral(Door.LAW_ENFORCEMENT_SOCIAL_CONTACT, reference, firstName, lastName, BORN, null,
					"Central Precinct", null, null, null), "rita")
			.referral();
	}

	private void screen(Referral referral, Map<String, Object> changedAnswers) {
		Screening.screen(this.taskService, referral.caseNumber(), changedAnswers);
	}

	private ReferralStatus status(Referral referral) {
		return this.referralService.find(referral.getId()).orElseThrow().getStatus();
	}

}
