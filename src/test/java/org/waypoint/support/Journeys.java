package org.waypoint.support;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waypoint.capacity.CapacityService;
import org.waypoint.participant.ParticipantService;
import org.waypoint.referral.Door;
import org.waypoint.referral.ReferralService;

/**
 * What an integration test needs to send people through the program, in one bean: a
 * referral's journey, and caseloads set up for it.
 */
@TestComponent
public class Journeys {

	private final ProcessEngine engine;

	private final ReferralService referralService;

	private final ParticipantService participantService;

	private final CapacityService capacity;

	private final JdbcTemplate jdbc;

	Journeys(ProcessEngine engine, ReferralService referralService, ParticipantService participantService,
			CapacityService capacity, JdbcTemplate jdbc) {
		this.engine = engine;
		this.referralService = referralService;
		this.participantService = participantService;
		this.capacity = capacity;
		this.jdbc = jdbc;
	}

	/** A referral from the demo partner rita, for a person of this name. */
	public ParticipantJourney refer(Door door, String firstName, String lastName) {
		return ParticipantJourney.refer(this.engine, this.referralService, this.participantService, door, firstName,
				lastName);
	}

	/** Only these case managers take referrals, each holding so many participants. */
	public void onlyCaseManagersHolding(Map<String, Integer> participantsByCaseManager) {
		CaseloadFixture.onlyCaseManagersHolding(this.engine, this.jdbc, this.capacity, participantsByCaseManager);
	}

}
