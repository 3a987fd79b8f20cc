package org.waypoint.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waypoint.audit.AuditLog;
import org.waypoint.referral.Door;
import org.waypoint.support.EngineTime;
import org.waypoint.support.Journeys;
import org.waypoint.support.ParticipantJourney;
import org.waypoint.support.PolicyDrafts;
import org.waypoint.support.TestLogins;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * A program admin previews service-intensity drafts against four open cases: Carl and Eve
 * without serious mental illness (Eve with substance dependence, which changes nothing of
 * what the table decides for her), Bea and Dan with it (Dan dependent, so in integrated
 * dual-disorder treatment). Whether and how a case is listed never turns on its own
 * substance use (42 CFR Part 2); nothing is deployed until asked.
 */
@WaypointIntegrationTest
class IntensityPreviewIT {

	@Autowired
	Journeys journeys;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	AuditLog auditLog;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestRestTemplate rest;

	private ParticipantJourney carl;

	private ParticipantJourney eve;

	private ParticipantJourney bea;

	private ParticipantJourney dan;

	@BeforeEach
	void fourOpenCases() {
		EngineTime.setNow(EngineTime.start());
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		this.journeys.onlyCaseManagersHolding(Map.of("cm-intensity-" + suffix, 0));
		this.carl = assessed("Carl", suffix, false, "NONE");
		this.eve = assessed("Eve", suffix, false, "DEPENDENCE");
		this.bea = assessed("Bea", suffix, true, "NONE");
		this.dan = assessed("Dan", suffix, true, "DEPENDENCE");
	}

	@AfterEach
	void shippedPolicyAgain() {
		PolicyDrafts.undeployPreviewed(this.repositoryService, this.jdbc);
		EngineTime.reset();
	}

	@Test
	void aCadenceChangeNamesTheCasesItChangesAndOnlyListsThoseWhereSubstanceUseDecides() {
		String draft = withCadences(
				Map.of("MentalIllnessBasic", 4, "IntegratedDualDisorder", 3, "Basic", 6, "SubstanceUseBasic", 6));
		int versionInForce = version();

		ResponseEntity<Map> answer = preview(draft);

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		Map<String, Object> preview = answer.getBody();
		assertThat(preview).containsEntry("decisionKey", "service-intensity");
		for (ParticipantJourney basic : List.of(this.carl, this.eve)) {
			assertThat(changeOf(preview, basic)).as(basic.caseNumber())
				.containsEntry("group", "BASIC")
				.containsEntry("inForce", "BASIC, a contact every 7 days")
				.containsEntry("underDraft", "BASIC, a contact every 6 days");
		}
		for (ParticipantJourney mentalIllness : List.of(this.bea, this.dan)) {
			assertThat(changeOf(preview, mentalIllness)).as(mentalIllness.caseNumber())
				.containsEntry("group", "answers that turn on substance use (42 CFR Part 2)")
				.containsEntry("inForce",
						"may change: what the draft decides for this case turns on its substance use,"
								+ " withheld (42 CFR Part 2)")
				.containsEntry("underDraft", null);
		}
		assertThat(readsOfPreview(this.carl)).isEqualTo(1);
		assertThat(readsOfPreview(this.dan)).isEqualTo(1);
		assertThat(version()).as("a preview deploys nothing").isEqualTo(versionInForce);

		ResponseEntity<Map> deployed = this.rest.withBasicAuth("ada", TestLogins.passwordOf("ada"))
			.postForEntity("/api/policy/previews/" + preview.get("id") + "/deployment",
					Map.of("reason", "Tighter cadence after the county review"), Map.class);
		assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(version()).isEqualTo(versionInForce + 1);
	}

	@Test
	void aDraftKeyedOnSubstanceUseListsEveryoneItCouldChangeAlike() {
		ResponseEntity<Map> answer = preview(withCadences(Map.of("SubstanceUseBasic", 6)));

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		Map<String, Object> changedForEve = changeOf(answer.getBody(), this.eve);
		Map<String, Object> unchangedForCarl = changeOf(answer.getBody(), this.carl);
		assertThat(changedForEve).containsEntry("subject", this.eve.caseNumber());
		Map<String, Object> asListed = new HashMap<>(changedForEve);
		asListed.put("subject", this.carl.caseNumber());
		assertThat(unchangedForCarl).as("Carl is listed as Eve is, though only Eve's cadence changes")
			.isEqualTo(asListed);
		assertThat(answer.getBody().toString()).as("the draft can change neither Bea nor Dan at any severity")
			.doesNotContain(this.bea.caseNumber(), this.dan.caseNumber());
	}

	private static String withCadences(Map<String, Integer> daysByRule) {
		return PolicyDrafts.withCadences(PolicyDrafts.shipped("service-intensity"), daysByRule);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> changeOf(Map<String, Object> preview, ParticipantJourney participant) {
		List<Map<String, Object>> changes = (List<Map<String, Object>>) preview.get("changes");
		List<Map<String, Object>> listed = changes.stream()
			.filter(change -> participant.caseNumber().equals(change.get("subject")))
			.toList();
		assertThat(listed).as(participant.caseNumber() + " is listed once").hasSize(1);
		return listed.get(0);
	}

	private long readsOfPreview(ParticipantJourney participant) {
		return this.auditLog.trailOf(participant.participantId())
			.stream()
			.filter(event -> "ada".equals(event.getActor()) && event.getDetail().startsWith("policy preview"))
			.count();
	}

	private ParticipantJourney assessed(String firstName, String suffix, boolean seriousMentalIllness,
			String substanceUse) {
		return this.journeys.refer(Door.COMMUNITY, firstName, "Intensity-" + suffix)
			.screenEligible(true)
			.takeIn()
			.releases()
			.assess(seriousMentalIllness, substanceUse);
	}

	private int version() {
		return this.repositoryService.createDecisionDefinitionQuery()
			.decisionDefinitionKey("service-intensity")
			.latestVersion()
			.singleResult()
			.getVersion();
	}

	private ResponseEntity<Map> preview(String draft) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_XML);
		return this.rest.withBasicAuth("ada", TestLogins.passwordOf("ada"))
			.postForEntity("/api/policy/previews", new HttpEntity<>(draft, headers), Map.class);
	}

}
