package org.waypoint.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rules for every call to Waypoint's own API: its answers are never cached (they carry
 * participants' records) nor sniffed as another content type, and are pinned to HTTPS
 * when served over it; a path with a {@code ;parameter} is refused rather than read with
 * the suffix silently dropped.
 */
@Configuration(proxyBeanMethods = false)
class ApiRequests {

	@Bean
	FilterRegistrationBean<ApiRequestRules> apiRequestRules() {
		var registration = new FilterRegistrationBean<>(new ApiRequestRules());
		registration.setName("waypoint-api-request-rules");
		registration.addUrlPatterns("/api/*");
		// before the login filter: a refused path is refused whoever asks
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	static final class ApiRequestRules extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			response.setHeader("Cache-Control", "no-store");
			response.setHeader("X-Content-Type-Options", "nosniff");
			if (request.isSecure()) {
				response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
			}
			if (request.getRequestURI().contains(";")) {
				response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
				response.setContentType("application/json");
				response.getWriter()
					.write("{\"error\":\"" + ApiErrors.NOT_TAKEN + "\",\"problems\":"
							+ "[\"the path must not carry ';' parameters: send the plain path\"]}");
				return;
			}
			chain.doFilter(request, response);
		}

	}

}
