package org.waypoint.platform.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/** Says which field of a JSON request body could not be read, and why. */
public final class RequestBodies {

	private RequestBodies() {
	}

	public static String describe(Throwable cause) {
		if (cause instanceof StrictRequestValues.RefusedValue refused) {
			return field(refused) + " " + refused.reason();
		}
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
			return field + " has an invalid value '" + invalid.getValue() + "'" + switch (target.getSimpleName()) {
				case "LocalDate" -> " (expected a date like 1990-04-21)";
				case "Instant" -> " (expected a time like 2026-11-23T14:30:00Z)";
				default -> "";
			};
		}
		if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
			return field(mapping) + " could not be read";
		}
		if (cause instanceof JsonParseException parse) {
			return "the body is not valid JSON: " + parse.getOriginalMessage();
		}
		return "the body must be a JSON object";
	}

	private static String field(JsonMappingException ex) {
		return ex.getPath().stream().map(JsonMappingException.Reference::getFieldName).collect(Collectors.joining("."));
	}

}
