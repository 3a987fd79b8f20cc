package org.waypoint.platform.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;
import org.waypoint.platform.ConflictException;
import org.waypoint.platform.InvalidInputException;
import org.waypoint.platform.NotFoundException;
import org.waypoint.platform.forms.RefusedInput;

/**
 * Waypoint's REST API says why it refused a call ({"error": "..."}, with the "problems"
 * to fix for bad input): the reason is written for the person at the other end, unlike
 * Spring's default error body, which hides it.
 */
@RestControllerAdvice(basePackages = "org.waypoint")
class ApiErrors {

	record Problems(String error, List<String> problems) {
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<Problems> invalid(InvalidInputException ex) {
		return ResponseEntity.badRequest().body(new Problems(ex.error(), ex.problems()));
	}

	/**
	 * A refusal from a step the call ran in the engine (a message, a started process).
	 */
	@ExceptionHandler(RefusedInput.class)
	ResponseEntity<Problems> refusedInTheEngine(RefusedInput ex) {
		return invalid(ex.refusal());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<Problems> unreadable(HttpMessageNotReadableException ex) {
		return ResponseEntity.badRequest()
			.body(new Problems("The request was not taken", List.of(RequestBodies.describe(ex.getCause()))));
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Map<String, String>> notFound(NotFoundException ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", ex.getMessage()));
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<Map<String, String>> conflict(ConflictException ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", ex.getMessage()));
	}

	@ExceptionHandler(ResponseStatusException.class)
	ResponseEntity<Map<String, String>> refused(ResponseStatusException ex) {
		return ResponseEntity.status(ex.getStatusCode())
			.body(Map.of("error", (ex.getReason() != null) ? ex.getReason() : ex.getStatusCode().toString()));
	}

}
