package org.waypoint.referral.web;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.waypoint.referral.InvalidReferralException;

/** Bad input gets a 400 that says what to fix; nothing was written. */
@RestControllerAdvice(assignableTypes = ReferralController.class)
class ReferralErrors {

	record Problems(String error, List<String> problems) {
	}

	@ExceptionHandler(InvalidReferralException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	Problems invalid(InvalidReferralException ex) {
		return new Problems("The referral was not taken", ex.problems());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	Problems unreadable(HttpMessageNotReadableException ex) {
		return new Problems("The referral was not taken", List.of(describe(ex.getCause())));
	}

	private static String describe(Throwable cause) {
		if (cause instanceof InvalidFormatException invalid) {
			String field = field(invalid);
			Class<?> target = invalid.getTargetType();
			if (target.isEnum()) {
				return field + " must be one of "
						+ Arrays.stream(target.getEnumConstants())
							.map(Object::toString)
							.collect(Collectors.joining(", "))
						+ ", not '" + invalid.getValue() + "'";
			}
			return field + " has an invalid value '" + invalid.getValue() + "'"
					+ (target.getSimpleName().equals("LocalDate") ? " (expected a date like 1990-04-21)" : "");
		}
		if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
			return field(mapping) + " could not be read";
		}
		return "the body must be a JSON referral";
	}

	private static String field(JsonMappingException ex) {
		return ex.getPath().stream().map(JsonMappingException.Reference::getFieldName).collect(Collectors.joining("."));
	}

}
