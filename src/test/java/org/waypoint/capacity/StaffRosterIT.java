package org.waypoint.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.support.WaypointIntegrationTest.DEMO_PASSWORD;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waypoint.participant.ParticipantService;
import org.waypoint.referral.Door;
import org.waypoint.referral.Referral;
import org.waypoint.referral.ReferralService;
import org.waypoint.referral.ReferralStatus;
import org.waypoint.support.CaseloadFixture;
import org.waypoint.support.EngineTime;
import org.waypoint.support.ParticipantJourney;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * The roster follows Camunda's case-managers group, with no SQL: a login added there
 * takes participants at once, one removed hands their caseload to a supervisor; each case
 * manager's own limit holds; a leave sends their participants' work to the covering
 * colleague and back.
 */
@WaypointIntegrationTest
class StaffRosterIT {

	@Autowired
	ProcessEngine engine;

	@Autowired
	ReferralService referralService;

	@Autowired
	ParticipantService participantService;

	@Autowired
	CapacityService capacity;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext application;

	@BeforeEach
	void atTheStart() {
		EngineTime.setNow(EngineTime.start());
	}

	@AfterEach
	void realTime() {
		EngineTime.reset();
	}

	@Test
	void aLoginAddedToCaseManagersTakesTheNextReferral() {
		CaseloadFixture.onlyCaseManagersHolding(this.engine, this.jdbc, this.capacity, Map.of("cm-veteran", 10));
		String newcomer = "cm-new-" + UUID.randomUUID().toString().substring(0, 6);
		createLogin(newcomer, "Nia", "Newcomer");

		assertThat(asAda("/engine-rest/group/case-managers/members/" + newcomer, HttpMethod.PUT).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);

		ParticipantJourney first = priorityReferral("Ivo").screenEligible(true);
		assertThat(first.caseManager()).isEqualTo(newcomer);
		assertThat(onboardingOf(newcomer)).as("a new member of the staff starts with their onboarding").isOne();
	}

	@Test
	void aCaseManagerRemovedFromTheGroupHandsTheirCaseloadToASupervisor() {
		CaseloadFixture.onlyCaseManagersHolding(this.engine, this.jdbc, this.capacity,
				Map.of("cm-leaver", 0, "cm-room", 4));
		this.capacity.setOwnLimit("cm-room", 6);
		ParticipantJourney ada = priorityReferral("Ada").screenEligible(true);
		ParticipantJourney ben = priorityReferral("Ben").screenEligible(true);
		assertThat(List.of(ada.caseManager(), ben.caseManager())).containsOnly("cm-leaver");
		String[] leaversTasks = this.engine.getTaskService()
			.createTaskQuery()
			.taskAssignee("cm-leaver")
			.list()
			.stream()
			// their own onboarding ends as they leave
			.filter(task -> !task.getProcessDefinitionId().startsWith("staff-onboarding:"))
			.map(Task::getId)
			.toArray(String[]::new);
		assertThat(leaversTasks).as("Ada's and Ben's first tasks").hasSizeGreaterThanOrEqualTo(2);
		assertThat(onboardingOf("cm-leaver")).isOne();

		assertThat(asAda("/engine-rest/group/case-managers/members/cm-leaver", HttpMethod.DELETE).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(supervisorsQueue(leaversTasks)).as("nothing waits on someone who has gone")
			.containsExactlyInAnyOrder(leaversTasks);
		assertThat(onboardingOf("cm-leaver")).as("their onboarding ends").isZero();

		assertThat(priorityReferral("Cid").screenEligible(true).caseManager()).as("no new participants for them")
			.isEqualTo("cm-room");
		Task handover = handoverTask();
		assertThat(handover.getName()).isEqualTo("Reassign cm-leaver Test's caseload");
		assertThat((String) this.engine.getTaskService().getVariable(handover.getId(), "caseloadToMove"))
			.contains(ada.caseNumber() + " Ada", ben.caseNumber() + " Ben");

		submitAsSam(handover, "LEAST_LOADED");

		assertThat(this.capacity.heldBy("cm-leaver")).as("room for one: cm-room is at 6 of 6 now").hasSize(1);
		Task again = handoverTask();
		assertThat((String) this.engine.getTaskService().getVariable(again.getId(), "handoverProblems"))
			.contains("Not moved last time:", "nobody has room (cm-room 6 of 6)");

		this.capacity.setOwnLimit("cm-room", null);
		submitAsSam(again, "cm-room");

		assertThat(this.capacity.heldBy("cm-leaver")).isEmpty();
		assertThat(handoverTask()).as("the handover ends when everyone is moved").isNull();
		assertThat(
				this.engine.getTaskService().createTaskQuery().taskIdIn(leaversTasks).taskAssignee("cm-room").count())
			.as("their tasks went with them")
			.isEqualTo(leaversTasks.length);
		assertThat(supervisorsQueue(leaversTasks)).isEmpty();
		assertThat(this.participantService.get(ben.participantId()).getCaseManagerId()).isEqualTo("cm-room");
	}

	@Test
	void groupChangesMadeWhileWaypointWasDownAreTakenUpAtStart() throws Exception {
		String leaver = "cm-gone-" + UUID.randomUUID().toString().substring(0, 6);
		String joiner = "cm-late-" + UUID.randomUUID().toString().substring(0, 6);
		CaseloadFixture.onlyCaseManagersHolding(this.engine, this.jdbc, this.capacity,
				Map.of(leaver, 0, "cm-stays", 1));
		assertThat(priorityReferral("Dee").screenEligible(true).caseManager()).isEqualTo(leaver);
		createLogin(joiner, "Lou", "Late");
		// as a directory sync or a database restore would, behind the identity service
		this.jdbc.update("delete from act_id_membership where user_id_ = ? and group_id_ = 'case-managers'", leaver);
		this.jdbc.update("insert into act_id_membership (user_id_, group_id_) values (?, 'case-managers')", joiner);

		this.application.getBean("groupMembershipReconciliation", ApplicationRunner.class).run(null);

		assertThat(this.capacity.staff()).extracting(CaseManager::getUserId)
			.contains("cm-stays", joiner)
			.doesNotContain(leaver);
		assertThat(this.engine.getTaskService()
			.createTaskQuery()
			.taskDefinitionKey("Task_ReassignCaseload")
			.processInstanceBusinessKey(leaver)
			.count()).as("a supervisor moves the caseload of the one who left").isOne();
		assertThat(onboardingOf(joiner)).as("the one who joined starts with their onboarding").isOne();
	}

	@Test
	void eachCaseManagersOwnLimitHoldsAndAtAllLimitsTheReferralIsDeclinedNamingThem() {
		CaseloadFixture.onlyCaseManagersHolding(this.engine, this.jdbc, this.capacity,
				Map.of("cm-part-time", 11, "cm-full-time", 13));
		assertThat(limit("cm-part-time", 12).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(limit("cm-full-time", 26).getStatusCode()).as("never above the cap")
			.isEqualTo(HttpStatus.BAD_REQUEST);

		assertThat(priorityReferral("Dee").screenEligible(true).caseManager()).isEqualTo("cm-part-time");
		assertThat(priorityReferral("Eli").screenEligible(true).caseManager()).as("cm-part-time is at 12 of 12")
			.isEqualTo("cm-full-time");
		assertThat(limit("cm-full-time", 14).getStatusCode()).isEqualTo(HttpStatus.OK);

		Referral declined = priorityReferral("Fay").screenEligible(true).referral();
		assertThat(this.referralService.find(declined.getId()).orElseThrow().getStatus())
			.isEqualTo(ReferralStatus.DECLINED);
		assertThat(this.referralService.find(declined.getId()).orElseThrow().getStatusReason()).isEqualTo(
				"Declined: every case manager who takes referrals is at their own limit (cm-part-time 12 of 12, cm-full-time 14 of 14)");
		ResponseEntity<Map> report = this.rest.withBasicAuth("sam", DEMO_PASSWORD)
			.getForEntity("/api/capacity", Map.class);
		assertThat((Map<String, Object>) report.getBody().get("ownLimits")).containsEntry("cm-part-time", 12)
			.containsEntry("cm-full-time", 14);
	}

	@Test
	void aCoveredLeaveSendsTheParticipantsWorkToTheColleagueAndBack() {
		CaseloadFixture.onlyCaseManagersHolding(this.engine, this.jdbc, this.capacity,
				Map.of("cm-away", 0, "cm-cover", 5));
		ParticipantJourney gus = priorityReferral("Gus").screenEligible(true);
		assertThat(gus.task("Task_ConductIntake").getAssignee()).isEqualTo("cm-away");
		LocalDate today = EngineTime.today();

		assertThat(leave("cm-away", today, today.plusDays(3), "cm-cover").getStatusCode()).isEqualTo(HttpStatus.OK);
		runLeaveJobs("cm-away");

		assertThat(gus.task("Task_ConductIntake").getAssignee()).as("open work goes to the colleague")
			.isEqualTo("cm-cover");
		assertThat(priorityReferral("Hal").screenEligible(true).caseManager()).as("no new participants while away")
			.isEqualTo("cm-cover");
		gus.takeInAs("cm-cover");
		assertThat(gus.task("Task_RecordRelease").getAssignee()).as("new work too").isEqualTo("cm-cover");
		assertThat(this.capacity.heldBy("cm-away")).as("their participants stay theirs").hasSize(1);

		EngineTime.setNow(EngineTime.now().plus(Duration.ofDays(4)));
		runLeaveJobs("cm-away");

		assertThat(gus.task("Task_RecordRelease").getAssignee()).as("back from leave").isEqualTo("cm-away");
	}

	@Test
	void aLeaveEndedEarlyGivesTheWorkBackAtOnce() {
		CaseloadFixture.onlyCaseManagersHolding(this.engine, this.jdbc, this.capacity,
				Map.of("cm-away-2", 0, "cm-cover-2", 5));
		ParticipantJourney ida = priorityReferral("Ida").screenEligible(true);
		LocalDate today = EngineTime.today();
		leave("cm-away-2", today, today.plusDays(10), "cm-cover-2");
		runLeaveJobs("cm-away-2");
		assertThat(ida.task("Task_ConductIntake").getAssignee()).isEqualTo("cm-cover-2");

		assertThat(this.rest.withBasicAuth("sam", DEMO_PASSWORD)
			.exchange("/api/case-managers/cm-away-2/leave", HttpMethod.DELETE, null, Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);

		assertThat(ida.task("Task_ConductIntake").getAssignee()).isEqualTo("cm-away-2");
		assertThat(
				this.jdbc.queryForList("select detail from audit_event where action = 'STAFF_CHANGED'", String.class))
			.contains("cm-away-2: away " + today + " to " + today.plusDays(10) + ", covered by cm-cover-2",
					"cm-away-2: back from leave");
	}

	private void runLeaveJobs(String caseManager) {
		ProcessInstance leave = this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey("staff-leave")
			.processInstanceBusinessKey(caseManager)
			.singleResult();
		EngineTime.of(this.engine).runDue(leave.getId());
	}

	private ResponseEntity<Map> limit(String caseManager, Integer limit) {
		return this.rest.withBasicAuth("sam", DEMO_PASSWORD)
			.exchange("/api/case-managers/" + caseManager + "/limit", HttpMethod.PUT,
					new HttpEntity<>(Map.of("limit", limit)), Map.class);
	}

	private ResponseEntity<Map> leave(String caseManager, LocalDate from, LocalDate until, String coveredBy) {
		return this.rest.withBasicAuth("sam", DEMO_PASSWORD)
			.exchange("/api/case-managers/" + caseManager + "/leave", HttpMethod.PUT,
					new HttpEntity<>(
							Map.of("from", from.toString(), "until", until.toString(), "coveredBy", coveredBy)),
					Map.class);
	}

	@Test
	void aTaskMadeForSomeoneWhoHasLeftGoesToTheSupervisors() {
		String gone = "gone-" + UUID.randomUUID().toString().substring(0, 6);
		createLogin(gone, "Gil", "Gone");

		ProcessInstance checkIn = this.engine.getRuntimeService()
			.startProcessInstanceByKey("staff-onboarding", gone, Map.of("staffUserId", gone));

		Task task = this.engine.getTaskService().createTaskQuery().processInstanceId(checkIn.getId()).singleResult();
		assertThat(task.getAssignee()).isNull();
		assertThat(supervisorsQueue(task.getId())).containsExactly(task.getId());
	}

	private long onboardingOf(String userId) {
		return this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey("staff-onboarding")
			.processInstanceBusinessKey(userId)
			.count();
	}

	/** Of these tasks, those waiting in the supervisors' Team queue. */
	private List<String> supervisorsQueue(String... taskIds) {
		return this.engine.getTaskService()
			.createTaskQuery()
			.taskIdIn(taskIds)
			.taskCandidateGroup("supervisors")
			.includeAssignedTasks()
			.list()
			.stream()
			.map(Task::getId)
			.toList();
	}

	private Task handoverTask() {
		return this.engine.getTaskService()
			.createTaskQuery()
			.taskDefinitionKey("Task_ReassignCaseload")
			.processInstanceBusinessKey("cm-leaver")
			.singleResult();
	}

	private void submitAsSam(Task task, String moveTo) {
		assertThat(this.rest.withBasicAuth("sam", DEMO_PASSWORD)
			.postForEntity("/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", "sam"), Void.class)
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(this.rest.withBasicAuth("sam", DEMO_PASSWORD)
			.postForEntity("/engine-rest/task/" + task.getId() + "/submit-form",
					Map.of("variables", Map.of("moveTo", Map.of("value", moveTo))), Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
	}

	private void createLogin(String id, String firstName, String lastName) {
		assertThat(this.rest.withBasicAuth("ada", DEMO_PASSWORD)
			.postForEntity("/engine-rest/user/create",
					Map.of("profile", Map.of("id", id, "firstName", firstName, "lastName", lastName), "credentials",
							Map.of("password", "A-strong-password-1")),
					Void.class)
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
	}

	private ResponseEntity<String> asAda(String path, HttpMethod method) {
		return this.rest.withBasicAuth("ada", DEMO_PASSWORD).exchange(path, method, null, String.class);
	}

	private ParticipantJourney priorityReferral(String firstName) {
		return ParticipantJourney.refer(this.engine, this.referralService, this.participantService,
				Door.LAW_ENFORCEMENT_ARREST_DIVERSION, firstName, "Roster-" + UUID.randomUUID());
	}

}
