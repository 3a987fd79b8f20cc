package org.waypoint.platform.access;

import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Closes the REST APIs, the engine's and Waypoint's own: every call needs the HTTP Basic
 * credentials of a Camunda user (or, on Waypoint's own, the session of a webapp user),
 * and then runs as that user (the engine's authorizations apply, and Waypoint's
 * controllers read the user from the identity service).
 */
@Configuration(proxyBeanMethods = false)
class EngineRestAuthentication {

	/** Waypoint's own REST API for partners and field staff. */
	static final String WAYPOINT_API_PATH = "/api";

	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter(
			@Value("${spring.jersey.application-path:/engine-rest}") String restPath) {
		return authentication("waypoint-engine-rest-authentication", restPath, HttpBasicAuthenticationProvider.class);
	}

	/** Also takes the webapps' session, for Waypoint's screens inside them. */
	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> waypointApiAuthenticationFilter() {
		return authentication("waypoint-api-authentication", WAYPOINT_API_PATH, WebappSessionAuthentication.class);
	}

	/** On the engine REST API and on the webapps' engine API (Tasklist, Cockpit). */
	@Bean
	FilterRegistrationBean<AdhocExpressionGuard> adhocExpressionGuard(
			@Value("${spring.jersey.application-path:/engine-rest}") String restPath) {
		var registration = new FilterRegistrationBean<>(new AdhocExpressionGuard());
		registration.setName("waypoint-adhoc-expression-guard");
		registration.addUrlPatterns(restPath + "/*", "/camunda/api/engine/*");
		return registration;
	}

	private static FilterRegistrationBean<ProcessEngineAuthenticationFilter> authentication(String name, String path,
			Class<? extends AuthenticationProvider> provider) {
		var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
		registration.setName(name);
		registration.addUrlPatterns(path + "/*");
		registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
				provider.getName());
		registration.addInitParameter(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, path);
		return registration;
	}

}
