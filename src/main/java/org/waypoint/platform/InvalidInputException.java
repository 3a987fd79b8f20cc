package org.waypoint.platform;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Input that cannot be taken as given; nothing was written. The REST API answers 400 with
 * the problems, Tasklist shows the message and keeps the task open.
 */
public class InvalidInputException extends RuntimeException {

	private final String error;

	private final List<String> problems;

	public InvalidInputException(String error, List<String> problems) {
		super(error + ": " + String.join("; ", problems));
		this.error = error;
		this.problems = List.copyOf(problems);
	}

	/** Refuses the input when bean validation finds a problem with it. */
	public static <T> T requireValid(Validator validator, T input, String error) {
		Set<ConstraintViolation<T>> violations = validator.validate(input);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(error,
					violations.stream()
						.map(InvalidInputException::describe)
						.sorted(Comparator.naturalOrder())
						.toList());
		}
		return input;
	}

	/** "field message", unless the message already starts with the field's name. */
	public static String describe(ConstraintViolation<?> violation) {
		String message = violation.getMessage();
		String field = violation.getPropertyPath().toString();
		return message.startsWith(field) ? message : field + " " + message;
	}

	public String error() {
		return this.error;
	}

	public List<String> problems() {
		return this.problems;
	}

}
