package org.waypoint.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.waypoint.referral.Door;
import org.waypoint.referral.ReferralService;
import org.waypoint.support.EngineTime;
import org.waypoint.support.Journeys;
import org.waypoint.support.PolicyDrafts;
import org.waypoint.support.TestLogins;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * A program admin lowers the average to 18 in a draft of caseload-standards and previews
 * it over six months of decisions taken through the models: two case managers holding 17
 * each, then an arrest diversion (17.5 after acceptance), a pretrial referral (18.5 with
 * the reserve), a community referral (18.5), a pretrial referral at 20.0 and one at 20.5
 * (declined), and an arrest diversion seven months back. Under 18 the first pretrial and
 * the second are declined and the community referral goes over the average; nothing else
 * changes and the old decision is not replayed. It deploys only when asked, with a
 * reason, once.
 */
@WaypointIntegrationTest
class PolicyPreviewIT {

	@Autowired
	Journeys journeys;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	CapacityService capacity;

	@Autowired
	ReferralService referralService;

	@Autowired
	HistoryService historyService;

	@Autowired
	PlatformTransactionManager transactions;

	private final String suffix = UUID.randomUUID().toString().substring(0, 6);

	private long arrestDiversion;

	private long firstPretrial;

	private long community;

	private long secondPretrial;

	private long declinedPretrial;

	@BeforeEach
	void sixMonthsOfDecisions() {
		EngineTime.setNow(EngineTime.start());
		this.journeys
			.onlyCaseManagersHolding(Map.of("cm-policy-a-" + this.suffix, 17, "cm-policy-b-" + this.suffix, 17));
		this.arrestDiversion = decided(Door.LAW_ENFORCEMENT_ARREST_DIVERSION, "Ari");
		this.firstPretrial = decided(Door.PRETRIAL_DIVERSION, "Pia");
		this.community = decided(Door.COMMUNITY, "Cole");
		this.secondPretrial = decided(Door.PRETRIAL_DIVERSION, "Pam");
		this.declinedPretrial = decided(Door.PRETRIAL_DIVERSION, "Pete");
		long old = decided(Door.LAW_ENFORCEMENT_ARREST_DIVERSION, "Otto");
		this.jdbc.update("update capacity_decision set decided_at = ? where referral_id = ?",
				Timestamp.from(EngineTime.now().atZone(ZoneOffset.UTC).minusMonths(7).toInstant()), old);
	}

	@AfterEach
	void shippedPolicyAgain() {
		PolicyDrafts.undeployPreviewed(this.repositoryService, this.jdbc);
		EngineTime.reset();
	}

	@Test
	@SuppressWarnings("unchecked")
	void anAverageOfEighteenShowsTheDecisionsThatFlipAndDeploysOnlyWhenAsked() {
		int versionInForce = standardsVersion();

		Map<String, Object> preview = preview("ada", averageLimit(18), 6).getBody();

		assertThat(preview).containsEntry("decisionKey", "caseload-standards")
			.containsEntry("baseVersion", versionInForce)
			.containsEntry("replayed", 5)
			.containsEntry("flipped", 3);
		assertThat((Map<String, Object>) preview.get("standardsUnderDraft")).containsEntry("averageLimit", 18)
			.containsEntry("cap", 25);
		List<Map<String, Object>> flips = (List<Map<String, Object>>) preview.get("flips");
		assertThat(flips).extracting(flip -> ((Number) flip.get("referralId")).longValue())
			.containsExactly(this.firstPretrial, this.community, this.secondPretrial);
		assertThat(flips.get(0)).containsEntry("door", "PRETRIAL_DIVERSION");
		assertThat((Map<String, Object>) flips.get(0).get("inForce")).containsEntry("decision", "ACCEPT");
		assertThat((Map<String, Object>) flips.get(0).get("draft")).containsEntry("decision", "DECLINE")
			.containsEntry("reason",
					"Declined: pretrial referrals are taken only while capacity remains for all expected priority referrals; with them the average would be 18.5, above 18");
		assertThat((Map<String, Object>) flips.get(1).get("draft")).containsEntry("decision", "ACCEPT")
			.containsEntry("overAverage", true);
		assertThat((List<Map<String, Object>>) preview.get("byDoor"))
			.extracting(door -> door.get("door"), door -> door.get("replayed"), door -> door.get("acceptedInForce"),
					door -> door.get("acceptedUnderDraft"), door -> door.get("overAverageUnderDraft"),
					door -> door.get("flipped"))
			.containsExactly(tuple("LAW_ENFORCEMENT_ARREST_DIVERSION", 1, 1, 1, 0, 0),
					tuple("COMMUNITY", 1, 1, 1, 1, 1), tuple("PRETRIAL_DIVERSION", 3, 2, 0, 0, 2));
		assertThat(standardsVersion()).as("a preview deploys nothing").isEqualTo(versionInForce);
		assertThat(this.capacity.standards().averageLimit()).isEqualTo(20);

		long previewId = ((Number) preview.get("id")).longValue();
		ResponseEntity<Map> deployed = deploy("ada", previewId, "County asks for 18 while two posts are vacant");

		assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(deployed.getBody()).containsEntry("version", versionInForce + 1).containsEntry("deployedBy", "ada");
		assertThat(this.capacity.standards().averageLimit()).as("the next decision's").isEqualTo(18);
		List<Map<String, Object>> changes = (List<Map<String, Object>>) get("sam", "/api/policy/changes").getBody();
		assertThat(changes).singleElement()
			.satisfies(change -> assertThat(change).containsEntry("decisionKey", "caseload-standards")
				.containsEntry("reason", "County asks for 18 while two posts are vacant")
				.containsEntry("previewedBy", "ada")
				.containsEntry("replayed", 5)
				.containsEntry("flipped", 3)
				.satisfies(listed -> assertThat((List<Map<String, Object>>) listed.get("figures"))
					.extracting(door -> door.get("door"), door -> door.get("flipped"))
					.contains(tuple("PRETRIAL_DIVERSION", 2))));
		String deploymentId = this.repositoryService.createDecisionDefinitionQuery()
			.decisionDefinitionKey("caseload-standards")
			.latestVersion()
			.singleResult()
			.getDeploymentId();
		assertThat(this.repositoryService.createDeploymentQuery().deploymentId(deploymentId).singleResult().getName())
			.as("the reason stays out of the engine's tables")
			.isEqualTo("caseload-standards (policy preview " + previewId + ")");
		assertThat(this.historyService.createUserOperationLogQuery().deploymentId(deploymentId).list())
			.as("Cockpit's operation log names who deployed it")
			.isNotEmpty()
			.allSatisfy(entry -> assertThat(entry.getUserId()).isEqualTo("ada"));
		assertThat(deploy("ada", previewId, "again").getStatusCode()).as("once").isEqualTo(HttpStatus.CONFLICT);
	}

	@Test
	@SuppressWarnings("unchecked")
	void pretrialReferralsTakenAsCommunityReferralsWouldHaveTakenTheOneDeclined() throws IOException {
		String pretrialAsCommunity = Files.readString(Path.of("processes/referral-priority.dmn"))
			.replace("<outputEntry id=\"OutputEntry_PretrialPriority\"><text>\"PRETRIAL\"</text>",
					"<outputEntry id=\"OutputEntry_PretrialPriority\"><text>\"COMMUNITY\"</text>");

		Map<String, Object> preview = preview("ada", pretrialAsCommunity, 6).getBody();

		// as community referrals: 18.0 and 19.0 after acceptance, within 20, as before;
		// the declined one 19.5, within 20 without a reserve to keep
		assertThat(preview).containsEntry("decisionKey", "referral-priority").containsEntry("flipped", 1);
		Map<String, Object> flip = ((List<Map<String, Object>>) preview.get("flips")).get(0);
		assertThat(((Number) flip.get("referralId")).longValue()).isEqualTo(this.declinedPretrial);
		assertThat((Map<String, Object>) flip.get("inForce")).containsEntry("priority", "PRETRIAL")
			.containsEntry("decision", "DECLINE");
		assertThat((Map<String, Object>) flip.get("draft")).containsEntry("priority", "COMMUNITY")
			.containsEntry("decision", "ACCEPT")
			.containsEntry("reason", "Accepted: the average caseload stays at or below 20 (19.5)");
	}

	@Test
	@SuppressWarnings("unchecked")
	void anExcludedChargeForEveryoneWouldHaveTurnedTheScreenedReferralsAway() throws IOException {
		String everyChargeExcluded = Files.readString(Path.of("processes/referral-eligibility.dmn"))
			.replace("<inputEntry id=\"InputEntry_ExcludedCharge\"><text>false</text>",
					"<inputEntry id=\"InputEntry_ExcludedCharge\"><text>true</text>");

		Map<String, Object> preview = preview("ada", everyChargeExcluded, 6).getBody();

		assertThat(preview).containsEntry("decisionKey", "referral-eligibility");
		String caseNumber = this.referralService.find(this.firstPretrial).orElseThrow().caseNumber();
		assertThat((List<Map<String, Object>>) preview.get("changes"))
			.filteredOn(change -> caseNumber.equals(change.get("subject")))
			.singleElement()
			.satisfies(change -> assertThat(change).containsEntry("inForce", "eligible")
				.containsEntry("underDraft",
						"Not eligible: the current charge is excluded by the site's diversion criteria"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void pacingTwoAboveTheThresholdWouldHaveKeptTheLastReviewQuiet() throws IOException {
		// 39 participants on two caseloads (the five accepted): 19.5, above the pacing
		// threshold of 18 and under 20
		assertThat(this.rest.withBasicAuth("sam", TestLogins.passwordOf("sam"))
			.postForEntity("/api/capacity/reviews", null, Void.class)
			.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		String pacingLater = Files.readString(Path.of("processes/capacity-alert.dmn"))
			.replace("<inputEntry id=\"InputEntry_PacingAverage\"><text>&gt;= pacingThreshold</text>",
					"<inputEntry id=\"InputEntry_PacingAverage\"><text>&gt;= pacingThreshold + 2</text>");

		Map<String, Object> preview = preview("ada", pacingLater, 6).getBody();

		assertThat(preview).containsEntry("decisionKey", "capacity-alert");
		assertThat((List<Map<String, Object>>) preview.get("changes"))
			.as("this test's review, named by when it was taken")
			.filteredOn(change -> EngineTime.now().toString().equals(change.get("subject")))
			.singleElement()
			.satisfies(change -> {
				assertThat((String) change.get("inForce"))
					.startsWith("The average caseload is 19.5, at or above the pacing threshold of 18");
				assertThat(change).containsEntry("underDraft", "within the policy");
			});
	}

	@Test
	void aPreviewOverTakenByAnotherDeploymentIsRefusedWithTheReason() {
		long first = ((Number) preview("ada", averageLimit(19), 6).getBody().get("id")).longValue();
		long second = ((Number) preview("ada", averageLimit(18), 6).getBody().get("id")).longValue();
		assertThat(deploy("ada", second, "18 for the winter").getStatusCode()).isEqualTo(HttpStatus.CREATED);

		ResponseEntity<Map> stale = deploy("ada", first, "19 after all");

		assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(stale.getBody().toString()).contains("since this preview", "preview the draft again");
	}

	/**
	 * Two administrators deploy two previews of the table at once: the engine's
	 * deployment lock (held here until both are deploying) orders them, and the second,
	 * which would stack its draft on the first unseen, is refused and rolled back.
	 */
	@Test
	void ofTwoPreviewsDeployedAtOnceOnlyOneLands() throws Exception {
		int versionInForce = standardsVersion();
		long first = ((Number) preview("ada", averageLimit(19), 6).getBody().get("id")).longValue();
		long second = ((Number) preview("ada", averageLimit(18), 6).getBody().get("id")).longValue();
		ExecutorService admins = Executors.newFixedThreadPool(2);
		try {
			List<Future<ResponseEntity<Map>>> deployments = new TransactionTemplate(this.transactions).execute(lock -> {
				this.jdbc.queryForList("select * from act_ge_property where name_ = 'deployment.lock' for update");
				List<Future<ResponseEntity<Map>>> started = List.of(
						admins.submit(() -> deploy("ada", first, "19 for now")),
						admins.submit(() -> deploy("ada", second, "18 for the winter")));
				Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> deploying() == 2);
				return started;
			});
			List<HttpStatusCode> outcomes = new ArrayList<>();
			for (Future<ResponseEntity<Map>> deployment : deployments) {
				outcomes.add(deployment.get(30, TimeUnit.SECONDS).getStatusCode());
			}
			assertThat(outcomes).containsExactlyInAnyOrder(HttpStatus.CREATED, HttpStatus.CONFLICT);
			assertThat(standardsVersion()).isEqualTo(versionInForce + 1);
		}
		finally {
			admins.shutdownNow();
		}
	}

	/**
	 * Deployments under way in the server (it runs in this JVM): the first waits in the
	 * engine for the deployment lock held above, the second on the engine's monitor
	 * behind it; both are past reading their preview.
	 */
	private static long deploying() {
		return Thread.getAllStackTraces()
			.values()
			.stream()
			.filter(stack -> Arrays.stream(stack)
				.anyMatch(frame -> frame.getClassName().equals(DeployCmd.class.getName())))
			.count();
	}

	@Test
	void whatCannotBePreviewedIsRefusedWithTheReasonAndOnlyProgramAdminsPreview() throws IOException {
		assertThat(preview("ada", "<not-dmn/>", 6).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		ResponseEntity<Map> otherTable = preview("ada", Files.readString(Path.of("processes/referral-priority.dmn"))
			.replace("id=\"referral-priority\"", "id=\"walk-in-priority\""), 6);
		assertThat(otherTable.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(otherTable.getBody().toString()).contains(
				"a draft holds one of caseload-standards, referral-admission, referral-priority", "walk-in-priority");
		ResponseEntity<Map> contradicting = preview("ada",
				PolicyDrafts.withCell("caseload-standards", "OutputEntry_PacingThreshold", 21), 6);
		assertThat(contradicting.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(contradicting.getBody().toString()).contains("pacing threshold (21) <= average limit (20)");
		assertThat(preview("ada", averageLimit(18), 0).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(preview("sam", averageLimit(18), 6).getStatusCode()).as("a supervisor")
			.isEqualTo(HttpStatus.FORBIDDEN);
		long previewId = ((Number) preview("ada", averageLimit(18), 6).getBody().get("id")).longValue();
		assertThat(deploy("ada", previewId, " ").getStatusCode()).as("no reason").isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(deploy("ada", previewId, "why ".repeat(501)).getStatusCode()).as("2,004 characters")
			.isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(deploy("sam", previewId, "why not").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(deploy("ada", 999_999, "gone").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	private long decided(Door door, String firstName) {
		return this.journeys.refer(door, firstName, "Policy-" + this.suffix).screenEligible(true).referral().getId();
	}

	private int standardsVersion() {
		return this.repositoryService.createDecisionDefinitionQuery()
			.decisionDefinitionKey("caseload-standards")
			.latestVersion()
			.singleResult()
			.getVersion();
	}

	private static String averageLimit(int average) {
		return PolicyDrafts.withCell("caseload-standards", "OutputEntry_AverageLimit", average);
	}

	private ResponseEntity<Map> preview(String user, String draft, int months) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_XML);
		return this.rest.withBasicAuth(user, TestLogins.passwordOf(user))
			.postForEntity("/api/policy/previews?months=" + months, new HttpEntity<>(draft, headers), Map.class);
	}

	private ResponseEntity<Map> deploy(String user, long previewId, String reason) {
		return this.rest.withBasicAuth(user, TestLogins.passwordOf(user))
			.postForEntity("/api/policy/previews/" + previewId + "/deployment", Map.of("reason", reason), Map.class);
	}

	private ResponseEntity<Object> get(String user, String path) {
		return this.rest.withBasicAuth(user, TestLogins.passwordOf(user)).getForEntity(path, Object.class);
	}

}
