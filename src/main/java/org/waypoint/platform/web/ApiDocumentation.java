package org.waypoint.platform.web;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.type.TypeFactory;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of /api (served at /v3/api-docs, readable at /api-docs.html),
 * written for the integrators who connect a police department's, a court's or a community
 * partner's system and read it first. The refusals every operation can give are declared
 * here once: each controller states only what is its own (a 404 or 409 in its words, who
 * may call it).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String REFUSAL = "Refusal";

	private static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;

	/** The extension that carries an operation's {@link CalledBy}. */
	static final String CALLED_BY = "x-called-by";

	static {
		// months travel as 2026-09 (Spring converts the text), not as a year-and-month
		// object
		SpringDocUtils.getConfig()
			.replaceWithSchema(YearMonth.class,
					new StringSchema().pattern("^\\d{4}-\\d{2}$").example("2026-09").description("a month, YYYY-MM"));
	}

	private static final String DESCRIPTION = """
			Waypoint's own API, for the program's referral partners (police departments, courts and \
			prosecutors, community partners), its field staff, supervisors and probation. The people \
			who connect a partner's system build against this description alone.

			## Signing in
			Every call takes HTTP Basic with a Waypoint login: a site's administrator gives each \
			partner a login in the group `referral-partners`. (Waypoint's screens inside Camunda's \
			webapps call the same API with the webapp's session and its CSRF token; partners do not.) \
			Without credentials, or with wrong ones, the answer is 401; a login whose group may not \
			make a call gets 403.

			## Doors, partner references and what a referrer learns
			A *door* is the way a referral reaches the program: arrest diversion or a social \
			contact by law enforcement, a community referral, or pretrial diversion by a court or \
			prosecutor. The door sets the referral's priority and the window within which the person \
			is to be taken in.

			A *partner reference* is the partner's own number for the referral (a case or incident \
			number). Sent again, it returns the first referral (200) and creates nothing, so a \
			partner's system may safely repeat a submission it is unsure of; sent again for another \
			person, it is refused (400).

			A referrer follows their own referrals' status and its reason, never anything clinical; \
			how a participant's time in the program ended (`EXITED`, `COMPLETED`) only where the \
			participant's release of information to the referring agency allows, otherwise `CLOSED`. \
			Another partner's referrals answer 404, as if they did not exist.

			## Refusals
			A refused call changes nothing and says why in a `Refusal` body, \
			`{"error": "...", "problems": ["..."]}`: `problems` names each field or value to fix \
			(400, 415), and is left out where the reason alone says it (401, 403, 404, most 409s). Refused as bad \
			input as well: text with control characters, values longer than their field, a JSON key \
			given twice, an enum sent as a number, dates outside the years 1900 to 9999, an id that \
			is not a number, a path with `;parameters`; a body not sent as `application/json` gets \
			415.

			Dates are `YYYY-MM-DD` (`format: date`); moments are ISO 8601 instants in UTC, \
			`2026-11-23T14:30:00Z` (`format: date-time`); months `YYYY-MM`; durations ISO 8601 \
			(`P30D`).

			In the table, *staff* are the groups `outreach`, `case-managers`, `clinicians`, \
			`peer-specialists` and `supervisors`; a referral partner is a login in `referral-partners`.
			""";

	@Bean
	OpenAPI waypointApi() {
		return new OpenAPI().info(new Info().title("Waypoint API").version("0.1").description(DESCRIPTION))
			.servers(List.of(new Server().url("http://localhost:8080")
				.description("the demo (./mvnw spring-boot:run); a site serves the API at its own address")))
			.components(new Components().addSecuritySchemes("basic",
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("basic")
						.description("a Waypoint login and its password")))
			.addSecurityItem(new SecurityRequirement().addList("basic"));
	}

	/**
	 * Waypoint writes every field of an answer, null where there is nothing to say (no
	 * closing date yet, no case manager yet): a field may be null unless it is a Java
	 * primitive or a request must fill it. (A field that refers to another schema stays a
	 * plain reference, and that schema takes null: see {@link #refusals()}.)
	 */
	@Bean
	PropertyCustomizer nullWhereNothingToSay() {
		return (property, type) -> {
			boolean field = type.getPropertyName() != null;
			boolean primitive = TypeFactory.defaultInstance().constructType(type.getType()).isPrimitive();
			boolean demanded = type.getCtxAnnotations() != null && Arrays.stream(type.getCtxAnnotations())
				.anyMatch((annotation) -> annotation instanceof NotNull || annotation instanceof NotBlank);
			return (!field || primitive || demanded || property.get$ref() != null) ? property : property.nullable(true);
		};
	}

	/** An operation's {@link CalledBy} opens its description. */
	@Bean
	OperationCustomizer callers() {
		return (operation, handler) -> {
			CalledBy calledBy = handler.getMethodAnnotation(CalledBy.class);
			if (calledBy != null) {
				operation.addExtension(CALLED_BY, calledBy.value());
				operation.setDescription("**Who may call:** " + calledBy.value() + ".\n\n"
						+ Objects.toString(operation.getDescription(), ""));
			}
			return operation;
		};
	}

	/**
	 * The refusals of every operation (400, 401, 403; 415 where a body is sent), the
	 * Refusal body of each 4xx an operation declares (ApiErrors answers them all with
	 * it), the table of who may call what, and null for the schemas fields refer to.
	 */
	@Bean
	OpenApiCustomizer refusals() {
		return api -> {
			api.getComponents().getSchemas().values().forEach((schema) -> takeNullWhereReferred(api, schema));
			api.getComponents().addSchemas(REFUSAL, refusal());
			StringBuilder table = new StringBuilder("\n## Who may call what\n\n| call | who may call |\n|---|---|\n");
			new TreeMap<>(api.getPaths())
				.forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
					declareRefusals(operation);
					table.append("| `")
						.append(method)
						.append(' ')
						.append(path)
						.append("` | ")
						.append(Objects.toString(
								(operation.getExtensions() != null) ? operation.getExtensions().get(CALLED_BY) : null,
								""))
						.append(" |\n");
				}));
			api.getInfo().setDescription(DESCRIPTION + table);
			// controllers come in no fixed order; the snapshot's tags must
			api.getTags().sort(Comparator.comparing(Tag::getName));
		};
	}

	/**
	 * The schemas a field refers to take null, as the field may be null; what a list or a
	 * map holds never is.
	 */
	private static void takeNullWhereReferred(OpenAPI api, Schema<?> schema) {
		if (schema.getProperties() == null) {
			return;
		}
		schema.getProperties().values().forEach((property) -> {
			if (property.get$ref() != null) {
				String ref = property.get$ref();
				api.getComponents().getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1)).setNullable(true);
			}
			if (property.getItems() != null) {
				property.getItems().setNullable(null);
			}
			if (property.getAdditionalProperties() instanceof Schema<?> values) {
				values.setNullable(null);
			}
		});
	}

	private static void declareRefusals(Operation operation) {
		ApiResponses responses = operation.getResponses();
		responses.putIfAbsent("400", new ApiResponse().description(
				"Not taken: `problems` names each field or value to fix (a missing or invalid field, an id that is not a number...). Nothing was written."));
		responses.putIfAbsent("401",
				new ApiResponse().description("No credentials, or wrong ones: sign in with HTTP Basic.")
					.addHeaderObject("WWW-Authenticate",
							new Header().description("the scheme to sign in with").schema(new StringSchema())));
		responses.putIfAbsent("403", new ApiResponse().description("The login's group may not make this call."));
		if (operation.getRequestBody() != null) {
			responses.putIfAbsent("415", new ApiResponse().description("The body was not sent as application/json."));
		}
		responses.forEach((code, response) -> {
			if (code.startsWith("4")) {
				// JSON even where the call answers CSV; an operation's own examples stay
				MediaType declared = (response.getContent() != null) ? response.getContent().get(JSON) : null;
				response.setContent(new Content().addMediaType(JSON,
						new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + REFUSAL))
							.examples((declared != null) ? declared.getExamples() : null)));
			}
		});
	}

	private static Schema<?> refusal() {
		return new ObjectSchema().description("Why a call was refused; nothing was changed.")
			.addProperty("error",
					new StringSchema().description("the reason, in words for the person at the other end")
						.example("The request was not taken"))
			.addProperty("problems",
					new ArraySchema().items(new StringSchema())
						.description("each field or value to fix (400, 415; a 409 that clashes with what is recorded)")
						.example(List.of("door is required")))
			.required(List.of("error"));
	}

}
