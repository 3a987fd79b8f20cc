package org.waypoint.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waypoint.referral.Door;
import org.waypoint.support.EngineTime;
import org.waypoint.support.Journeys;
import org.waypoint.support.ParticipantJourney;
import org.waypoint.support.PolicyDrafts;
import org.waypoint.support.TestLogins;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * A program admin previews a service-intensity draft that asks contacts every 4 days in
 * basic case management for serious mental illness (7 today) and every 3 in integrated
 * dual-disorder treatment (5 today), against the open cases: one in basic case management
 * is named with both cadences, one in integrated dual-disorder treatment is counted but
 * not named (42 CFR Part 2), and nothing is deployed until asked.
 */
@WaypointIntegrationTest
class IntensityPreviewIT {

	@Autowired
	Journeys journeys;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestRestTemplate rest;

	@AfterEach
	void shippedPolicyAgain() {
		PolicyDrafts.undeployPreviewed(this.repositoryService, this.jdbc);
		EngineTime.reset();
	}

	@Test
	@SuppressWarnings("unchecked")
	void theOpenCasesWhoseCadenceWouldChangeAreListedAndSubstanceUseTreatmentIsOnlyCounted() throws IOException {
		EngineTime.setNow(EngineTime.start());
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		this.journeys.onlyCaseManagersHolding(Map.of("cm-intensity-" + suffix, 0));
		ParticipantJourney basic = assessed("Bea", suffix, true, "NONE");
		ParticipantJourney dualDisorder = assessed("Dan", suffix, true, "DEPENDENCE");
		String draft = Files.readString(Path.of("processes/service-intensity.dmn"))
			.replace("<outputEntry id=\"OutputEntry_MentalIllnessBasic_ContactEveryDays\"><text>7</text>",
					"<outputEntry id=\"OutputEntry_MentalIllnessBasic_ContactEveryDays\"><text>4</text>")
			.replace("<outputEntry id=\"OutputEntry_IntegratedDualDisorder_ContactEveryDays\"><text>5</text>",
					"<outputEntry id=\"OutputEntry_IntegratedDualDisorder_ContactEveryDays\"><text>3</text>");
		int versionInForce = version();

		ResponseEntity<Map> answer = preview(draft);

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		Map<String, Object> preview = answer.getBody();
		assertThat(preview).containsEntry("decisionKey", "service-intensity");
		List<Map<String, Object>> changes = (List<Map<String, Object>>) preview.get("changes");
		assertThat(changes).filteredOn(change -> basic.caseNumber().equals(change.get("subject")))
			.singleElement()
			.satisfies(change -> assertThat(change).containsEntry("group", "BASIC")
				.containsEntry("inForce", "BASIC, a contact every 7 days")
				.containsEntry("underDraft", "BASIC, a contact every 4 days"));
		assertThat(changes).anySatisfy(change -> assertThat(change).containsEntry("subject", null)
			.containsEntry("inForce", "withheld: the change tells of substance-use treatment (42 CFR Part 2)"));
		assertThat(answer.getBody().toString()).doesNotContain(dualDisorder.caseNumber());
		assertThat((List<Map<String, Object>>) preview.get("byGroup"))
			.anySatisfy(group -> assertThat(group).containsEntry("group", "INTEGRATED_DUAL_DISORDER"));
		assertThat(version()).as("a preview deploys nothing").isEqualTo(versionInForce);

		ResponseEntity<Map> deployed = this.rest.withBasicAuth("ada", TestLogins.passwordOf("ada"))
			.postForEntity("/api/policy/previews/" + preview.get("id") + "/deployment",
					Map.of("reason", "Tighter cadence after the county review"), Map.class);
		assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(version()).isEqualTo(versionInForce + 1);
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
