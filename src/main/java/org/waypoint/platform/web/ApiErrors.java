package org.waypoint.platform.web;

import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

/**
 * Waypoint's REST API says why it refused a call ({"error": "..."}): the reason is
 * written for the person at the other end, unlike Spring's default error body, which
 * hides it.
 */
@RestControllerAdvice(basePackages = "org.waypoint")
class ApiErrors {

	@ExceptionHandler(ResponseStatusException.class)
	ResponseEntity<Map<String, String>> refused(ResponseStatusException ex) {
		return ResponseEntity.status(ex.getStatusCode())
			.body(Map.of("error", (ex.getReason() != null) ? ex.getReason() : ex.getStatusCode().toString()));
	}

}
