package org.waypoint.platform.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.waypoint.referral.Door;
import org.waypoint.support.Batches;
import org.waypoint.support.EngineTime;
import org.waypoint.support.Journeys;
import org.waypoint.support.ParticipantJourney;
import org.waypoint.support.PolicyDrafts;
import org.waypoint.support.TestLogins;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * A program admin deploys a changed contact-watch (it asks why an overdue contact was
 * overdue; the search step is renamed) while three cases are open: one just taken in, one
 * with an overdue contact, one in the wind being sought. The dry run says the first two
 * can move and the third cannot, because the step it waits in is gone; the migration
 * moves the two as a batch, and the overdue contact then goes on in the new model. The
 * third stays on its version.
 */
@WaypointIntegrationTest
class OpenCaseMigrationIT {

	@Autowired
	Journeys journeys;

	@Autowired
	ProcessEngine engine;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	TestRestTemplate rest;

	private String changedModel;

	@AfterEach
	void shippedModelAgain() {
		if (this.changedModel != null) {
			this.repositoryService.deleteDeployment(this.changedModel, true);
		}
		EngineTime.reset();
	}

	@Test
	@SuppressWarnings("unchecked")
	void openCasesMoveToTheChangedModelAndOneThatCannotIsReportedWithTheReason() {
		EngineTime.setNow(EngineTime.start());
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		this.journeys.onlyCaseManagersHolding(Map.of("cm-migrate-" + suffix, 3));
		ParticipantJourney atReleases = taken("Ada", suffix);
		ParticipantJourney overdue = taken("Bo", suffix);
		ParticipantJourney inTheWind = taken("Cy", suffix);
		overdue.advance(Duration.ofDays(7));
		inTheWind.advance(Duration.ofDays(7)).advance(Duration.ofDays(7));
		assertThat(overdue.tasks("Task_MakeOverdueContact")).hasSize(1);
		assertThat(inTheWind.running("outreach")).hasSize(1);
		String shippedVersion = contactWatch(overdue).getProcessDefinitionId();

		this.changedModel = PolicyDrafts.deployContactWatchWithANewStep(this.repositoryService);

		assertThat(behind()).as("the open cases behind the latest contact-watch").isGreaterThanOrEqualTo(3);
		long behindBefore = behind();

		ResponseEntity<Map> dryRun = this.rest.withBasicAuth("ada", TestLogins.passwordOf("ada"))
			.getForEntity("/api/models/contact-watch/migration", Map.class);
		assertThat(dryRun.getStatusCode()).isEqualTo(HttpStatus.OK);
		Map<String, Map<String, Object>> byInstance = ours(
				(List<Map<String, Object>>) dryRun.getBody().get("instances"), atReleases, overdue, inTheWind);
		assertThat(byInstance.get(id(atReleases))).containsEntry("canMigrate", true);
		assertThat((List<String>) byInstance.get(id(atReleases)).get("waitingAt"))
			.as("its watch waits for the next contact")
			.contains("Gateway_AwaitContact");
		assertThat(byInstance.get(id(overdue))).containsEntry("canMigrate", true);
		assertThat((List<String>) byInstance.get(id(overdue)).get("waitingAt"))
			.contains("Contact overdue (Task_MakeOverdueContact)");
		assertThat(byInstance.get(id(inTheWind))).containsEntry("canMigrate", false);
		assertThat((List<String>) byInstance.get(id(inTheWind)).get("problems"))
			.anySatisfy(problem -> assertThat(problem).startsWith("Seek the participant (CallActivity_SeekInTheWind)"));
		assertThat(contactWatch(overdue).getProcessDefinitionId()).as("a dry run changes nothing")
			.isEqualTo(shippedVersion);

		ResponseEntity<Map> migration = this.rest.withBasicAuth("ada", TestLogins.passwordOf("ada"))
			.postForEntity("/api/models/contact-watch/migration",
					Map.of("processInstanceIds", List.of(id(atReleases), id(overdue), id(inTheWind))), Map.class);
		assertThat(migration.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		assertThat((List<String>) migration.getBody().get("migrating")).containsExactlyInAnyOrder(id(atReleases),
				id(overdue));
		assertThat((List<Map<String, Object>>) migration.getBody().get("notMigrated"))
			.extracting(instance -> instance.get("processInstanceId"))
			.containsExactly(id(inTheWind));
		List<String> batchIds = (List<String>) migration.getBody().get("batchIds");
		assertThat(batchIds).as("one batch: all three were on the shipped version").hasSize(1);
		assertThat(this.engine.getManagementService().createBatchQuery().batchId(batchIds.get(0)).singleResult())
			.as("the batch Cockpit lists names who moved them")
			.extracting(Batch::getCreateUserId)
			.isEqualTo("ada");
		Batches.run(this.engine.getManagementService(), batchIds.get(0));
		assertThat(behind()).isEqualTo(behindBefore - 2);

		String changedVersion = this.repositoryService.createProcessDefinitionQuery()
			.deploymentId(this.changedModel)
			.singleResult()
			.getId();
		assertThat(contactWatch(atReleases).getProcessDefinitionId()).isEqualTo(changedVersion);
		assertThat(contactWatch(overdue).getProcessDefinitionId()).isEqualTo(changedVersion);
		assertThat(contactWatch(inTheWind).getProcessDefinitionId()).isEqualTo(shippedVersion);
		overdue.completeAs(overdue.caseManager(), overdue.task("Task_MakeOverdueContact"), Map.of("contactCaseNumber",
				overdue.caseNumber(), "contactPlace", "FIELD", "contactWithParticipant", true));
		assertThat(overdue.task("Task_NoteWhyOverdue").getProcessDefinitionId()).as("the new model's step")
			.isEqualTo(changedVersion);
	}

	@Test
	void onlyProgramAdminsMoveOpenCases() {
		assertThat(this.rest.withBasicAuth("sam", TestLogins.passwordOf("sam"))
			.getForEntity("/api/models/contact-watch/migration", Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.rest.withBasicAuth("ada", TestLogins.passwordOf("ada"))
			.getForEntity("/api/models/no-such-process/migration", Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	/**
	 * How many contact-watch instances the admin's list shows behind the latest version.
	 */
	@SuppressWarnings("unchecked")
	private long behind() {
		List<Map<String, Object>> processes = this.rest.withBasicAuth("ada", TestLogins.passwordOf("ada"))
			.getForObject("/api/models/migration", List.class);
		return processes.stream()
			.filter(process -> "contact-watch".equals(process.get("processKey")))
			.mapToLong(process -> ((Number) process.get("openOnOlderVersions")).longValue())
			.sum();
	}

	private ParticipantJourney taken(String firstName, String suffix) {
		return this.journeys.refer(Door.COMMUNITY, firstName, "Migrate-" + suffix).screenEligible(true).takeIn();
	}

	private ProcessInstance contactWatch(ParticipantJourney journey) {
		return journey.running("contact-watch").get(0);
	}

	private String id(ParticipantJourney journey) {
		return contactWatch(journey).getId();
	}

	private Map<String, Map<String, Object>> ours(List<Map<String, Object>> instances, ParticipantJourney... journeys) {
		List<String> ids = Arrays.stream(journeys).map(this::id).toList();
		return instances.stream()
			.filter(instance -> ids.contains(instance.get("processInstanceId")))
			.collect(Collectors.toMap(instance -> (String) instance.get("processInstanceId"), instance -> instance));
	}

}
