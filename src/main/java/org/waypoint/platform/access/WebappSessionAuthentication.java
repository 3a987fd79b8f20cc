package org.waypoint.platform.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;

/**
 * Waypoint's API for the screens inside Camunda's webapps: a call made from Tasklist or
 * Cockpit runs as the user logged in there, with the webapp's own session and no second
 * login; partners and scripts use HTTP Basic as before. A session call that changes
 * something must carry the webapp's CSRF token (the header Camunda's own calls send),
 * else another site could make it with the user's cookie.
 */
public class WebappSessionAuthentication implements AuthenticationProvider {

	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

	private static final String NOT_SIGNED_IN = "{\"error\":\"Not signed in: send HTTP Basic credentials of a Waypoint login\"}";

	private final HttpBasicAuthenticationProvider basic = new HttpBasicAuthenticationProvider();

	@Override
	public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
		if (request.getHeader("Authorization") != null) {
			return this.basic.extractAuthenticatedUser(request, engine);
		}
		return webappUser(request, engine.getName()).map(AuthenticationResult::successful)
			.orElseGet(AuthenticationResult::unsuccessful);
	}

	/**
	 * The challenge, and the body every refusal of the API has: a partner's system reads
	 * one shape of answer whatever went wrong.
	 */
	@Override
	public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
		this.basic.augmentResponseByAuthenticationChallenge(response, engine);
		response.setContentType("application/json");
		response.setCharacterEncoding("UTF-8");
		try {
			response.getWriter().write(NOT_SIGNED_IN);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Optional<String> webappUser(HttpServletRequest request, String engineName) {
		HttpSession session = request.getSession(false);
		if (session == null || !tokenSentWhereNeeded(request, session)) {
			return Optional.empty();
		}
		Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
		return Optional.ofNullable(authentications.getAuthenticationForProcessEngine(engineName))
			.map(Authentication::getIdentityId);
	}

	private static boolean tokenSentWhereNeeded(HttpServletRequest request, HttpSession session) {
		if (READS.contains(request.getMethod())) {
			return true;
		}
		Object expected = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
		return expected != null && expected.equals(request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME));
	}

}
