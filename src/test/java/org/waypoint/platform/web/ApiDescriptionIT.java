package org.waypoint.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.support.WaypointIntegrationTest.DEMO_PASSWORD;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.waypoint.referral.Door;
import org.waypoint.support.EngineTime;
import org.waypoint.support.Journeys;
import org.waypoint.support.ParticipantJourney;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * The OpenAPI description an integrator builds against tells the truth: every operation
 * of the API is in it with a summary, a description and its refusals; real answers, the
 * successes and each kind of refusal, validate against the schemas it gives (Atlassian's
 * swagger-request-validator); and it is the committed snapshot the partner client is
 * generated from.
 */
@WaypointIntegrationTest
class ApiDescriptionIT {

	private static final String SNAPSHOT = "src/test/resources/openapi/waypoint-api.json";

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Journeys journeys;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlers;

	private String description;

	private OpenApiInteractionValidator validator;

	@BeforeEach
	void readTheDescription() {
		this.description = this.rest.getForObject("/v3/api-docs", String.class);
		this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(this.description).build();
	}

	@Test
	void everyOperationOfTheApiIsDescribedWithItsRefusals() throws IOException {
		JsonNode paths = JSON.readTree(this.description).path("paths");
		List<String> handled = new ArrayList<>();
		this.handlers.getHandlerMethods().forEach((mapping, handler) -> {
			if (!handler.getBeanType().getPackageName().startsWith("org.waypoint.")) {
				return;
			}
			for (String path : mapping.getPathPatternsCondition().getPatternValues()) {
				for (RequestMethod method : mapping.getMethodsCondition().getMethods()) {
					String call = method + " " + path;
					handled.add(call);
					JsonNode operation = paths.path(path).path(method.name().toLowerCase());
					assertThat(operation.path("summary").asText()).as(call + " summary").isNotBlank();
					assertThat(operation.path("description").asText()).as(call + " description")
						.startsWith("**Who may call:**")
						.hasSizeGreaterThan(60);
					assertThat(operation.path("responses").properties()).as(call + " responses")
						.extracting(Map.Entry::getKey)
						.contains("400", "401", "403")
						.anyMatch((code) -> code.startsWith("2"));
					operation.path("requestBody")
						.path("content")
						.forEach((body) -> assertThat(body.has("schema")).as(call + " request body schema").isTrue());
					operation.path("responses").properties().forEach((response) -> {
						response.getValue()
							.path("content")
							.forEach((content) -> assertThat(content.has("schema"))
								.as(call + " " + response.getKey() + " schema")
								.isTrue());
						if (response.getKey().startsWith("4")) {
							assertThat(response.getValue().at("/content/application~1json/schema/$ref").asText())
								.as(call + " " + response.getKey())
								.isEqualTo("#/components/schemas/Refusal");
						}
					});
				}
			}
		});
		List<String> described = new ArrayList<>();
		paths.properties()
			.forEach((path) -> path.getValue()
				.properties()
				.forEach((operation) -> described.add(operation.getKey().toUpperCase() + " " + path.getKey())));
		assertThat(described).as("described operations").containsExactlyInAnyOrderElementsOf(handled);
	}

	@Test
	void theReadablePageShowsThisDescription() {
		ResponseEntity<String> page = this.rest.getForEntity("/api-docs.html", String.class);
		ResponseEntity<String> config = this.rest.getForEntity("/v3/api-docs/swagger-config", String.class);

		assertThat(page.getStatusCode().value()).isEqualTo(200);
		assertThat(page.getBody()).contains("swagger-ui");
		assertThat(config.getBody()).contains("\"url\":\"/v3/api-docs\"");
	}

	@Test
	void everyExampleFollowsItsSchema() throws IOException {
		List<String> exemplified = new ArrayList<>();
		JSON.readTree(this.description).path("paths").properties().forEach((path) -> {
			// any id does: the validator matches the path and checks the bodies
			String concrete = path.getKey().replaceAll("\\{[^}]+}", "1");
			path.getValue().properties().forEach((entry) -> {
				Request.Method method = Request.Method.valueOf(entry.getKey().toUpperCase());
				JsonNode operation = entry.getValue();
				operation.at("/requestBody/content/application~1json/examples").forEach((example) -> {
					exemplified.add(operation.path("operationId").asText());
					assertValid(method + " " + concrete + " example",
							this.validator.validateRequest(new SimpleRequest.Builder(method, concrete)
								.withAuthorization("Basic " + HttpHeaders.encodeBasicAuth("rita", DEMO_PASSWORD, null))
								.withContentType(MediaType.APPLICATION_JSON_VALUE)
								.withBody(example.path("value").toString())
								.build()));
				});
				operation.path("responses")
					.properties()
					.forEach(
							(response) -> response.getValue()
								.at("/content/application~1json/examples")
								.forEach((example) -> assertValid(
										method + " " + concrete + " " + response.getKey() + " example",
										this.validator.validateResponse(concrete, method,
												SimpleResponse.Builder.status(Integer.parseInt(response.getKey()))
													.withContentType(MediaType.APPLICATION_JSON_VALUE)
													.withBody(example.path("value").toString())
													.build()))));
			});
		});
		assertThat(exemplified).as("requests with an example")
			.contains("submitReferral", "reportSighting", "reportCrisisByReferral");
	}

	@Test
	void theDescriptionIsTheCommittedSnapshotThePartnerClientIsGeneratedFrom() throws IOException {
		JsonNode served = JSON.readTree(this.description);
		JsonNode committed = JSON.readTree(new ClassPathResource("openapi/waypoint-api.json").getInputStream());
		if (!served.equals(committed)) {
			Path actual = Path.of("target", "waypoint-api.json");
			Files.writeString(actual, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(served) + "\n");
		}
		assertThat(served)
			.as("/v3/api-docs changed: review target/waypoint-api.json, then cp target/waypoint-api.json " + SNAPSHOT)
			.isEqualTo(committed);
	}

	@Test
	void realAnswersValidateAgainstTheDescription() {
		this.journeys.onlyCaseManagersHolding(Map.of("cm-docs", 0));
		Map<String, Object> referral = referral("docs-" + UUID.randomUUID());

		String created = call(HttpMethod.POST, "/api/referrals", "rita", referral, 201);
		String id = tree(created).path("id").asText();
		call(HttpMethod.POST, "/api/referrals", "rita", referral, 200);
		call(HttpMethod.GET, "/api/referrals/" + id, "rita", null, 200);
		Map<String, Object> badDoor = new HashMap<>(referral);
		badDoor.put("door", "WALK_IN");
		refusal(HttpMethod.POST, "/api/referrals", "rita", badDoor, 400);
		assertThat(refusal(HttpMethod.POST, "/api/referrals", null, referral, 401).getBody()).contains("Not signed in");
		refusal(HttpMethod.POST, "/api/referrals", "paul", referral, 403);
		refusal(HttpMethod.GET, "/api/referrals/999999999", "rita", null, 404);
		refusal(HttpMethod.POST, "/api/referrals", "rita", "door=COMMUNITY", 415);

		ParticipantJourney journey = this.journeys.refer(Door.COMMUNITY, "Nora", "Vale-" + UUID.randomUUID())
			.screenEligible(true)
			.takeIn();
		String byReferral = "/api/referrals/" + journey.referral().getId();
		String participant = "/api/participants/" + journey.participantId();
		call(HttpMethod.POST, byReferral + "/sightings", "rita", Map.of("seenAt", EngineTime.now().toString(), "place",
				"5th and Main", "note", "Asked about the program"), 201);
		call(HttpMethod.POST, byReferral + "/crises", "rita",
				Map.of("kind", "MENTAL_HEALTH_CRISIS", "description", "Shouting at passers-by, calmer now"), 201);
		call(HttpMethod.POST, participant + "/contacts", "casey",
				Map.of("place", "FIELD", "withParticipant", true, "note", "Met at the camp"), 201);
		call(HttpMethod.GET, participant, "casey", null, 200);
		call(HttpMethod.GET, participant + "/contacts", "casey", null, 200);
		call(HttpMethod.GET, participant + "/case-file", "sam", null, 200);
		call(HttpMethod.GET, participant + "/releases", "casey", null, 200);
		call(HttpMethod.GET, participant + "/handoffs", "casey", null, 200);
		call(HttpMethod.GET, participant + "/disclosures", "sam", null, 200);
		call(HttpMethod.POST, participant + "/crises", "casey", Map.of("kind", "EVICTION"), 201);
		call(HttpMethod.GET, "/api/participants?caseNumber=" + journey.caseNumber(), "casey", null, 200);
		call(HttpMethod.GET, "/api/my-participants", "casey", null, 200);
		String release = call(HttpMethod.POST, participant + "/releases", "sam",
				Map.of("party", "REFERRING_AGENCY", "partyName", "Central Precinct", "scopes", List.of("PARTICIPATION"),
						"purpose", "Closed-loop status", "signedOn", EngineTime.today().toString(), "explained", true),
				201);
		call(HttpMethod.POST, "/api/releases/" + tree(release).path("id").asText() + "/revocation", "sam", null, 200);
		call(HttpMethod.POST, participant + "/handoffs", "sam",
				Map.of("serviceType", "HOUSING", "providerName", "Harbor Housing"), 201);
		refusal(HttpMethod.PUT, "/api/capacity/assignments/" + journey.referral().getId(), "sam",
				Map.of("caseManager", "nobody-here"), 409);
		call(HttpMethod.PUT, "/api/case-managers/cm-docs/limit", "sam", Map.of("limit", 20), 200);
		refusal(HttpMethod.PUT, "/api/case-managers/cm-docs/leave", "sam", Map.of("coveredBy", "cm-docs"), 400);
		call(HttpMethod.DELETE, "/api/case-managers/cm-docs/leave", "sam", null, 200);
		refusal(HttpMethod.GET, "/api/tasks/no-such-task/case-file", "sam", null, 404);
		refusal(HttpMethod.GET, "/api/tasks/no-such-task/screening-outcome", "sam", null, 404);
		refusal(HttpMethod.POST, participant + "/step-down", "sam", null, 409);
		refusal(HttpMethod.POST, participant + "/exit", "sam", Map.of("reason", "STEP_DOWN"), 400);
		call(HttpMethod.GET, "/api/caseloads/cm-docs", "sam", null, 200);
		call(HttpMethod.GET, "/api/capacity", "sam", null, 200);
		call(HttpMethod.GET, "/api/case-managers", "sam", null, 200);
		call(HttpMethod.GET, "/api/program/caseloads", "sam", null, 200);
		call(HttpMethod.GET, "/api/program/at-risk", "sam", null, 200);
		call(HttpMethod.GET, "/api/program/at-risk/openCrises.csv", "sam", null, 200);
		refusal(HttpMethod.GET, "/api/program/at-risk/lost.csv", "sam", null, 404);
		call(HttpMethod.GET, "/api/program/fidelity?from=2026-07&to=2026-08", "sam", null, 200);
		call(HttpMethod.GET, "/api/program/fidelity.csv?from=2026-07&to=2026-08", "sam", null, 200);
		call(HttpMethod.GET, "/api/reports/handoffs", "sam", null, 200);
		call(HttpMethod.GET, "/api/probation/updates", "paul", null, 200);
		call(HttpMethod.POST, participant + "/exit", "sam", Map.of("reason", "MOVED_AWAY"), 202);
		call(HttpMethod.GET, byReferral, "rita", null, 200);
	}

	/**
	 * Makes a call that the description says is well formed and checks the request and
	 * the answer against it.
	 */
	private String call(HttpMethod method, String pathAndQuery, String login, Object body, int expectedStatus) {
		ResponseEntity<String> answer = exchange(method, pathAndQuery, login, body, expectedStatus);
		String[] parts = pathAndQuery.split("\\?", 2);
		SimpleRequest.Builder request = new SimpleRequest.Builder(method.name(), parts[0])
			.withAuthorization("Basic " + HttpHeaders.encodeBasicAuth(login, DEMO_PASSWORD, null));
		if (parts.length > 1) {
			for (String parameter : parts[1].split("&")) {
				String[] pair = parameter.split("=", 2);
				request.withQueryParam(pair[0], pair[1]);
			}
		}
		if (body != null) {
			request.withContentType(MediaType.APPLICATION_JSON_VALUE).withBody(write(body));
		}
		assertValid(method + " " + pathAndQuery, this.validator.validate(request.build(), response(answer)));
		return answer.getBody();
	}

	/** Makes a call that is refused, and checks the refusal against the description. */
	private ResponseEntity<String> refusal(HttpMethod method, String path, String login, Object body,
			int expectedStatus) {
		ResponseEntity<String> answer = exchange(method, path, login, body, expectedStatus);
		assertValid(method + " " + path,
				this.validator.validateResponse(path, Request.Method.valueOf(method.name()), response(answer)));
		return answer;
	}

	private ResponseEntity<String> exchange(HttpMethod method, String path, String login, Object body,
			int expectedStatus) {
		HttpHeaders headers = new HttpHeaders();
		if (body != null) {
			headers.setContentType((body instanceof String) ? MediaType.TEXT_PLAIN : MediaType.APPLICATION_JSON);
		}
		TestRestTemplate client = (login != null) ? this.rest.withBasicAuth(login, DEMO_PASSWORD) : this.rest;
		ResponseEntity<String> answer = client.exchange(path, method,
				new HttpEntity<>((body instanceof String) ? body : (body != null) ? write(body) : null, headers),
				String.class);
		assertThat(answer.getStatusCode().value()).as(method + " " + path + ": " + answer.getBody())
			.isEqualTo(expectedStatus);
		return answer;
	}

	private void assertValid(String call, ValidationReport report) {
		assertThat(report.getMessages()).as(call).isEmpty();
	}

	private static SimpleResponse response(ResponseEntity<String> answer) {
		SimpleResponse.Builder response = SimpleResponse.Builder.status(answer.getStatusCode().value());
		answer.getHeaders().forEach((name, values) -> response.withHeader(name, values));
		if (answer.getBody() != null) {
			response.withBody(answer.getBody());
		}
		return response.build();
	}

	private static Map<String, Object> referral(String partnerReference) {
		Map<String, Object> referral = new HashMap<>();
		referral.put("door", "LAW_ENFORCEMENT_ARREST_DIVERSION");
		referral.put("partnerReference", partnerReference);
		referral.put("firstName", "Jane");
		referral.put("lastName", "Doe-" + partnerReference);
		referral.put("dateOfBirth", "1990-04-21");
		referral.put("referringAgency", "Central Precinct");
		referral.put("reason", "Possession; agreed to diversion");
		return referral;
	}

	private static JsonNode tree(String json) {
		try {
			return JSON.readTree(json);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String write(Object body) {
		try {
			return JSON.writeValueAsString(body);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
