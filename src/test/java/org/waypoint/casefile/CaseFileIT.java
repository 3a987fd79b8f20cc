package org.waypoint.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.support.WaypointIntegrationTest.DEMO_PASSWORD;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.waypoint.audit.AuditLog;
import org.waypoint.engagement.ContactService;
import org.waypoint.participant.ParticipantService;
import org.waypoint.referral.Door;
import org.waypoint.referral.Referral;
import org.waypoint.support.EngineTime;
import org.waypoint.support.Journeys;
import org.waypoint.support.ParticipantJourney;
import org.waypoint.support.Screening;
import org.waypoint.support.TestLogins;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * The case file over HTTP, as each kind of reader gets it: the person, where they stand,
 * the team, releases, assessment, plan and what happened; clinical detail only for the
 * participant's case manager, clinicians and supervisors; substance-use information (42
 * CFR Part 2) only for the case manager and clinicians; every read audited; reachable
 * with Tasklist's own session, a change only with its CSRF token.
 */
@WaypointIntegrationTest
class CaseFileIT {

	/** Each test's own, so that its caseload holds only Mari. */
	private final String caseManager = "cm-file-" + UUID.randomUUID().toString().substring(0, 6);

	@Autowired
	Journeys journeys;

	@Autowired
	ProcessEngine engine;

	@Autowired
	ParticipantService participantService;

	@Autowired
	AuditLog auditLog;

	@Autowired
	ContactService contacts;

	@Autowired
	TestRestTemplate rest;

	private ParticipantJourney mari;

	@BeforeEach
	void mariTakenInAssessedAndPlanned() {
		EngineTime.setNow(EngineTime.start());
		this.journeys.onlyCaseManagersHolding(Map.of(this.caseManager, 0));
		this.mari = this.journeys
			.refer(Door.LAW_ENFORCEMENT_ARREST_DIVERSION, "Mari",
					"File-" + UUID.randomUUID().toString().substring(0, 6))
			.screenEligible(true)
			.takeIn()
			.releases(ParticipantJourney.release("PROBATION", "PARTICIPATION"),
					ParticipantJourney.release("SUBSTANCE_USE_PROVIDER", "PARTICIPATION", "SUBSTANCE_USE"))
			.assess(false, "ABUSE")
			.planApproved();
	}

	@AfterEach
	void realTime() {
		EngineTime.reset();
	}

	@Test
	void theCaseManagerSeesTheWholeFile() {
		Map<String, Object> file = read(this.caseManager, TestLogins.PASSWORD, caseFilePath()).getBody();

		Map<String, Object> person = section(file, "person");
		assertThat(person).containsEntry("name", "Mari " + this.mari.referral().getLastName())
			.containsEntry("caseNumber", this.mari.caseNumber())
			.containsEntry("door", "Law enforcement arrest diversion")
			.containsEntry("referringAgency", "Central Precinct")
			.containsEntry("referralReason", "Asked for help");
		assertThat(section(file, "standing")).containsEntry("status", "ACTIVE");
		assertThat(section(file, "team")).containsEntry("caseManagerId", this.caseManager)
			.containsEntry("caseManagerName", this.caseManager + " Test");
		assertThat(section(file, "contacts")).containsEntry("contactEveryDays", 7);
		assertThat(list(file, "releases")).extracting(line -> line.get("party"))
			.containsExactlyInAnyOrder("Probation", "Substance use provider");
		Map<String, Object> assessment = section(file, "assessment");
		assertThat(assessment).containsEntry("riskLevel", "Moderate")
			.containsEntry("caseManagerNote", "Responds best to morning visits")
			.containsEntry("substanceUse", "Abuse");
		assertThat(list(section(file, "plan"), "goals")).extracting(goal -> goal.get("goal"))
			.containsExactly("Plan goal: a room by spring");
		assertThat(list(file, "timeline")).extracting(entry -> (String) entry.get("what"))
			.anyMatch(what -> what.startsWith("Referred by Central Precinct"))
			.anyMatch(what -> what.startsWith("Capacity decision: accepted"))
			.anyMatch(what -> what.startsWith("Enrolled as " + this.mari.caseNumber()))
			.anyMatch(what -> what.equals("Intake completed"))
			.anyMatch(what -> what.startsWith("Assessment completed: Basic case management"))
			.anyMatch(what -> what.startsWith("Case plan version 1 approved by Sam Okafor"));
		assertThat(list(file, "timeline")).extracting(entry -> (String) entry.get("at"))
			.as("newest first")
			.isSortedAccordingTo((later, earlier) -> earlier.compareTo(later));
		assertThat((List<?>) file.get("withheld")).isEmpty();
	}

	@Test
	void outreachSeesThePersonAndTheWorkButNoClinicalOrSubstanceUseDetail() {
		Map<String, Object> file = read("olivia", DEMO_PASSWORD, caseFilePath()).getBody();

		assertThat(section(file, "person")).containsEntry("caseNumber", this.mari.caseNumber());
		assertThat(file.get("assessment")).isNull();
		assertThat(file.get("plan")).isNull();
		assertThat(list(file, "releases")).extracting(line -> line.get("party"))
			.containsExactlyInAnyOrder("Probation", "withheld");
		assertThat(file.toString()).doesNotContain("Substance use provider", "Abuse", "morning visits", "depressive",
				"a room by spring");
		assertThat((List<String>) file.get("withheld")).hasSize(2)
			.anySatisfy(note -> assertThat(note).startsWith("clinical detail"))
			.anySatisfy(note -> assertThat(note).contains("42 CFR Part 2"));
	}

	@Test
	void aSupervisorSeesClinicalDetailButNotSubstanceUseAndAClinicianSeesBoth() {
		// a relapse is substance-use information too
		assertThat(this.rest.withBasicAuth(this.caseManager, TestLogins.PASSWORD)
			.postForEntity("/api/participants/" + this.mari.participantId() + "/crises",
					Map.of("kind", "RELAPSE", "description", "Used again after the eviction"), Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		Map<String, Object> supervisor = read("sam", DEMO_PASSWORD, caseFilePath()).getBody();
		assertThat(section(supervisor, "openCrisis")).containsEntry("kind", "withheld");
		assertThat(supervisor.toString()).doesNotContain("Relapse");
		assertThat(section(supervisor, "assessment"))
			.containsEntry("caseManagerNote", "Responds best to morning visits")
			.containsEntry("substanceUse", null);
		assertThat(supervisor.toString()).doesNotContain("Substance use provider");

		Map<String, Object> clinician = read("clara", DEMO_PASSWORD, caseFilePath()).getBody();
		assertThat(section(clinician, "openCrisis")).containsEntry("kind", "Relapse");
		assertThat(section(clinician, "assessment")).containsEntry("substanceUse", "Abuse");
		assertThat((List<?>) clinician.get("withheld")).isEmpty();
	}

	@Test
	void partnersGetNoCaseFileAndEveryReadIsAudited() {
		assertThat(read("rita", DEMO_PASSWORD, caseFilePath()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

		read("olivia", DEMO_PASSWORD, caseFilePath());
		read("sam", DEMO_PASSWORD, caseFilePath());

		assertThat(this.auditLog.trailOf(this.mari.participantId()))
			.filteredOn(event -> "case file".equals(event.getDetail()))
			.extracting(event -> event.getActor())
			.containsSubsequence("olivia", "sam");
	}

	@Test
	void aTaskOpensTheFileOfItsParticipantOrReferral() {
		assertThat(this.rest.withBasicAuth(this.caseManager, TestLogins.PASSWORD)
			.postForEntity("/api/participants/" + this.mari.participantId() + "/crises",
					Map.of("kind", "EVICTION", "description", "Notice on the door"), Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		Task anyOfMaris = this.engine.getTaskService()
			.createTaskQuery()
			.taskAssignee(this.caseManager)
			.processVariableValueEquals("participantId", this.mari.participantId())
			.list()
			.get(0);
		assertThat(
				section(read(this.caseManager, TestLogins.PASSWORD, "/api/tasks/" + anyOfMaris.getId() + "/case-file")
					.getBody(), "person"))
			.containsEntry("caseNumber", this.mari.caseNumber());

		Referral waiting = this.journeys
			.refer(Door.COMMUNITY, "Ned", "Screen-" + UUID.randomUUID().toString().substring(0, 6))
			.referral();
		Task screening = this.engine.getTaskService()
			.createTaskQuery()
			.taskDefinitionKey("Task_ScreenReferral")
			.processVariableValueEquals("referralId", waiting.getId())
			.singleResult();
		Map<String, Object> referralFile = read("olivia", DEMO_PASSWORD,
				"/api/tasks/" + screening.getId() + "/case-file")
			.getBody();
		assertThat(section(referralFile, "person")).containsEntry("referralReason", "Asked for help")
			.containsEntry("dateOfBirth", "1981-05-14")
			.containsEntry("contactHints", "Library steps most afternoons");

		Task onboarding = this.engine.getTaskService()
			.createTaskQuery()
			.processDefinitionKey("staff-onboarding")
			.taskAssignee(this.caseManager)
			.singleResult();
		ResponseEntity<Map> aboutNobody = read(this.caseManager, TestLogins.PASSWORD,
				"/api/tasks/" + onboarding.getId() + "/case-file");
		assertThat(aboutNobody.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(aboutNobody.getBody().get("error").toString()).contains("is not about a participant");
		assertThat(read("olivia", DEMO_PASSWORD, "/api/tasks/" + onboarding.getId() + "/case-file").getStatusCode())
			.as("a task the reader may not see")
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void theScreenerSeesWhatTheirScreeningDecidedAndNobodyElseButSupervisors() {
		Referral ned = this.journeys
			.refer(Door.COMMUNITY, "Ned", "Outcome-" + UUID.randomUUID().toString().substring(0, 6))
			.referral();
		String screening = this.engine.getTaskService()
			.createTaskQuery()
			.taskDefinitionKey("Task_ScreenReferral")
			.processVariableValueEquals("referralId", ned.getId())
			.singleResult()
			.getId();
		TestRestTemplate olivia = this.rest.withBasicAuth("olivia", DEMO_PASSWORD);
		assertThat(olivia
			.postForEntity("/engine-rest/task/" + screening + "/claim", Map.of("userId", "olivia"), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		Map<String, Object> answers = new LinkedHashMap<>();
		Screening.ELIGIBLE.forEach((field, answer) -> answers.put(field, Map.of("value", answer)));
		assertThat(olivia
			.postForEntity("/engine-rest/task/" + screening + "/submit-form", Map.of("variables", answers),
					String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

		String outcomePath = "/api/tasks/" + screening + "/screening-outcome";
		Map<String, Object> outcome = read("olivia", DEMO_PASSWORD, outcomePath).getBody();
		String caseNumber = this.participantService.enrollmentOfReferral(ned.getId()).orElseThrow().getCaseNumber();
		assertThat(outcome).containsEntry("name", "Ned " + ned.getLastName().charAt(0) + ".")
			.containsEntry("status", "ACCEPTED")
			.containsEntry("decision", "Accepted: a case manager has been assigned")
			.containsEntry("caseNumber", caseNumber)
			.containsEntry("caseManager", this.caseManager + " Test");
		assertThat(outcome.get("intakeDue")).isNotNull();
		assertThat(read("sam", DEMO_PASSWORD, outcomePath).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(read("pete", DEMO_PASSWORD, outcomePath).getStatusCode()).as("someone else's screening")
			.isEqualTo(HttpStatus.FORBIDDEN);
		String mariIntake = this.engine.getHistoryService()
			.createHistoricTaskInstanceQuery()
			.taskDefinitionKey("Task_ConductIntake")
			.taskAssignee(this.caseManager)
			.finished()
			.singleResult()
			.getId();
		assertThat(read(this.caseManager, TestLogins.PASSWORD, "/api/tasks/" + mariIntake + "/screening-outcome")
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void aContactIsRecordedFromTheFileWithTheParticipantAlreadyNamed() {
		assertThat(this.rest.withBasicAuth("rita", DEMO_PASSWORD)
			.postForEntity(contactFormPath(), null, Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

		ResponseEntity<Map> opened = this.rest.withBasicAuth(this.caseManager, TestLogins.PASSWORD)
			.postForEntity(contactFormPath(), null, Map.class);
		assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String taskId = (String) opened.getBody().get("taskId");
		Task form = this.engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
		assertThat(form.getName()).isEqualTo("Record a contact");
		assertThat(form.getAssignee()).isEqualTo(this.caseManager);
		assertThat(this.engine.getTaskService().getVariables(taskId))
			.containsEntry("caseNumber", this.mari.caseNumber())
			.doesNotContainKey("contactCaseNumber");
		int before = this.contacts.contactsOf(this.mari.participantId()).size();

		Map<String, Object> fields = Map.of("contactPlace", Map.of("value", "SHELTER"), "contactWithParticipant",
				Map.of("value", "true"), "contactNote", Map.of("value", "Met at the shelter door"));
		assertThat(this.rest.withBasicAuth(this.caseManager, TestLogins.PASSWORD)
			.postForEntity("/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", fields), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

		assertThat(this.contacts.contactsOf(this.mari.participantId())).hasSize(before + 1)
			.anySatisfy(contact -> assertThat(contact.getNote()).isEqualTo("Met at the shelter door"));
	}

	@Test
	void myParticipantsListsTheCaseloadAsPeople() {
		ResponseEntity<List> mine = this.rest.withBasicAuth(this.caseManager, TestLogins.PASSWORD)
			.getForEntity("/api/my-participants", List.class);
		assertThat((List<Map<String, Object>>) mine.getBody()).extracting(row -> row.get("caseNumber"))
			.containsExactly(this.mari.caseNumber());
		assertThat(this.rest.withBasicAuth("sam", DEMO_PASSWORD)
			.getForEntity("/api/caseloads/" + this.caseManager, List.class)
			.getBody()).hasSize(1);
		assertThat(this.rest.withBasicAuth("pete", DEMO_PASSWORD)
			.getForEntity("/api/caseloads/" + this.caseManager, Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void tasklistsSessionReadsTheFileAndChangesNeedItsCsrfToken() {
		TasklistSession session = tasklistSession(this.caseManager, TestLogins.PASSWORD);

		ResponseEntity<Map> file = this.rest.exchange(caseFilePath(), HttpMethod.GET,
				new HttpEntity<>(session.cookies()), Map.class);
		assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);

		HttpHeaders json = new HttpHeaders(session.cookies());
		json.setContentType(MediaType.APPLICATION_JSON);
		String crisis = "{\"kind\": \"RELAPSE\", \"description\": \"Called from the shelter\"}";
		String crises = "/api/participants/" + this.mari.participantId() + "/crises";
		assertThat(this.rest.exchange(crises, HttpMethod.POST, new HttpEntity<>(crisis, json), String.class)
			.getStatusCode()).as("no CSRF token: another site could send this with the cookie")
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(this.participantService.get(this.mari.participantId()).isCrisisOpen()).isFalse();

		json.add("X-XSRF-TOKEN", session.csrfToken());
		assertThat(this.rest.exchange(crises, HttpMethod.POST, new HttpEntity<>(crisis, json), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(this.participantService.get(this.mari.participantId()).isCrisisOpen()).isTrue();
	}

	/** Logs in as Tasklist's login page does. */
	private TasklistSession tasklistSession(String user, String password) {
		Map<String, String> cookies = cookiesOf(this.rest.getForEntity("/camunda/app/tasklist/", String.class));
		HttpHeaders login = new HttpHeaders();
		login.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		login.add(HttpHeaders.COOKIE, cookieHeader(cookies));
		login.add("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("username", user);
		form.add("password", password);
		ResponseEntity<String> loggedIn = this.rest.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist",
				new HttpEntity<>(form, login), String.class);
		assertThat(loggedIn.getStatusCode()).isEqualTo(HttpStatus.OK);
		cookies.putAll(cookiesOf(loggedIn));
		HttpHeaders session = new HttpHeaders();
		session.add(HttpHeaders.COOKIE, cookieHeader(cookies));
		// the logged-in session's token comes with Tasklist's first call, as in the
		// browser
		cookies.putAll(cookiesOf(this.rest.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET,
				new HttpEntity<>(session), String.class)));
		session.set(HttpHeaders.COOKIE, cookieHeader(cookies));
		return new TasklistSession(session, cookies.get("XSRF-TOKEN"));
	}

	/** A logged-in Tasklist: its cookies, and the CSRF token its own calls send. */
	private record TasklistSession(HttpHeaders cookies, String csrfToken) {
	}

	private static Map<String, String> cookiesOf(ResponseEntity<?> response) {
		Map<String, String> cookies = new LinkedHashMap<>();
		response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).forEach(cookie -> {
			String[] nameAndValue = cookie.split(";", 2)[0].split("=", 2);
			cookies.put(nameAndValue[0], nameAndValue[1]);
		});
		return cookies;
	}

	private static String cookieHeader(Map<String, String> cookies) {
		return String.join("; ",
				cookies.entrySet().stream().map(cookie -> cookie.getKey() + "=" + cookie.getValue()).toList());
	}

	private String contactFormPath() {
		return "/api/participants/" + this.mari.participantId() + "/contacts/form";
	}

	private String caseFilePath() {
		return "/api/participants/" + this.mari.participantId() + "/case-file";
	}

	private ResponseEntity<Map> read(String user, String password, String path) {
		return this.rest.withBasicAuth(user, password).getForEntity(path, Map.class);
	}

	private static Map<String, Object> section(Map<String, Object> file, String name) {
		return (Map<String, Object>) file.get(name);
	}

	private static List<Map<String, Object>> list(Map<String, Object> file, String name) {
		return (List<Map<String, Object>>) file.get(name);
	}

}
