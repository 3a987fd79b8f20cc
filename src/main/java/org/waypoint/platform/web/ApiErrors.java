package org.waypoint.platform.web;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.ClassUtils;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.waypoint.platform.ConflictException;
import org.waypoint.platform.InvalidInputException;
import org.waypoint.platform.NotFoundException;
import org.waypoint.platform.NotPermittedException;
import org.waypoint.platform.forms.RefusedInput;

/**
 * Waypoint's REST API says why it refused a call ({"error": "..."}, with the "problems"
 * to fix for bad input): the reason is written for the person at the other end, unlike
 * Spring's default error body, which hides it. The requests Spring itself refuses (an id
 * that is not a number, a body that is not JSON or not sent as JSON, a missing parameter)
 * get the same body.
 */
@RestControllerAdvice(basePackages = "org.waypoint")
class ApiErrors extends ResponseEntityExceptionHandler {

	static final String NOT_TAKEN = "The request was not taken";

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

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Map<String, String>> notFound(NotFoundException ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", ex.getMessage()));
	}

	@ExceptionHandler(NotPermittedException.class)
	ResponseEntity<Map<String, String>> notPermitted(NotPermittedException ex) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("error", ex.getMessage()));
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

	/**
	 * A value the database refused that no rule caught first (too long for its column,
	 * say): nothing was written; a data error is the caller's, a clash with stored data a
	 * conflict.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<Problems> refusedByTheDatabase(DataIntegrityViolationException ex) {
		boolean dataError = ex.getMostSpecificCause() instanceof SQLException sql && sql.getSQLState() != null
				&& sql.getSQLState().startsWith("22");
		return ResponseEntity.status(dataError ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT)
			.body(new Problems(NOT_TAKEN, List.of(dataError ? "a value is too long or not valid text for its field"
					: "it conflicts with what is already recorded")));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest()
			.body(new Problems(NOT_TAKEN, List.of(RequestBodies.describe(ex.getCause()))));
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		Class<?> type = ex.getRequiredType();
		String expected = (type == null) ? "another value"
				: Number.class.isAssignableFrom(ClassUtils.resolvePrimitiveIfNecessary(type)) ? "a number"
						: "a " + type.getSimpleName();
		return ResponseEntity.badRequest()
			.body(new Problems(NOT_TAKEN,
					List.of(ex.getPropertyName() + " must be " + expected + ", not '" + ex.getValue() + "'")));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.status(status)
			.headers(headers)
			.body(new Problems(NOT_TAKEN,
					List.of("the body must be sent as application/json, not " + ((ex.getContentType() != null)
							? ex.getContentType().getType() + "/" + ex.getContentType().getSubtype()
							: "without a Content-Type"))));
	}

	/** Every other request Spring refuses: its reason, in Waypoint's body. */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String reason = (body instanceof ProblemDetail problem && problem.getDetail() != null) ? problem.getDetail()
				: ex.getMessage();
		return ResponseEntity.status(status).headers(headers).body(new Problems(NOT_TAKEN, List.of(reason)));
	}

}
