package org.waypoint.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of /api (served at /v3/api-docs, readable at /api-docs.html).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI waypointApi() {
		return new OpenAPI()
			.info(new Info().title("Waypoint API")
				.version("0.1")
				.description("Referral partners submit referrals and follow their status; supervisors read the "
						+ "caseload report. Every call takes HTTP Basic with a Waypoint login."))
			.components(new Components().addSecuritySchemes("basic",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList("basic"));
	}

}
