package org.waypoint.platform.forms;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.waypoint.platform.InvalidInputException;

/**
 * The fields of a submitted Camunda Form, read off the process as typed values. A field
 * that cannot be read is a problem for the person who filled the form: the step fails
 * with {@link InvalidInputException}, the task stays open, Tasklist shows the message.
 * Clinical and personal fields are then {@link #remove removed}: they belong in the
 * domain tables.
 */
public final class FormFields {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final VariableScope scope;

	private final String error;

	private FormFields(VariableScope scope, String error) {
		this.scope = scope;
		this.error = error;
	}

	/**
	 * @param error what the person is told did not happen, e.g. "The contact was not
	 * recorded"
	 */
	public static FormFields of(VariableScope scope, String error) {
		return new FormFields(scope, error);
	}

	/** The field's text, stripped; null when empty. */
	public String text(String name) {
		Object value = this.scope.getVariable(name);
		return (value == null || value.toString().isBlank()) ? null : value.toString().strip();
	}

	/** A checkbox or yes/no choice; null when the form did not send it. */
	public Boolean yesNo(String name) {
		Object value = this.scope.getVariable(name);
		if (value == null || value instanceof Boolean) {
			return (Boolean) value;
		}
		return switch (value.toString().strip().toLowerCase()) {
			case "true", "yes" -> true;
			case "false", "no" -> false;
			default -> throw refused(name + " must be yes or no, not '" + value + "'");
		};
	}

	public Integer number(String name) {
		Object value = this.scope.getVariable(name);
		if (value == null || value instanceof Integer) {
			return (Integer) value;
		}
		if (value instanceof Number number) {
			return number.intValue();
		}
		String text = value.toString().strip();
		try {
			return text.isEmpty() ? null : Integer.valueOf(text);
		}
		catch (NumberFormatException ex) {
			throw refused(name + " must be a whole number, not '" + text + "'");
		}
	}

	/** One of the enum's values, by name; null when empty. */
	public <E extends Enum<E>> E choice(String name, Class<E> type) {
		String value = text(name);
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			throw refused(name + " must be one of "
					+ Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))
					+ ", not '" + value + "'");
		}
	}

	/**
	 * A date and time: ISO with an offset or a Z, or without one (read as UTC, as the
	 * engine clock runs).
	 */
	public Instant instant(String name) {
		Object value = this.scope.getVariable(name);
		if (value == null || value instanceof Date) {
			return (value == null) ? null : ((Date) value).toInstant();
		}
		String text = value.toString().strip();
		if (text.isEmpty()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException withoutOffset) {
			try {
				return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
			}
			catch (DateTimeParseException ex) {
				throw refused(name + " must be a date and time like 2026-11-23T14:30, not '" + text + "'");
			}
		}
	}

	public LocalDate date(String name) {
		String text = text(name);
		try {
			return (text == null) ? null : LocalDate.parse(text.substring(0, Math.min(10, text.length())));
		}
		catch (DateTimeParseException ex) {
			throw refused(name + " must be a date like 2026-11-23, not '" + text + "'");
		}
	}

	/** The values of a checklist or tag list; empty when none was chosen. */
	public List<String> strings(String name) {
		return list(name, new TypeReference<List<String>>() {
		});
	}

	/** The rows of a dynamic list: one map of field to value per row. */
	public List<Map<String, Object>> rows(String name) {
		return list(name, new TypeReference<List<Map<String, Object>>>() {
		});
	}

	private <T> List<T> list(String name, TypeReference<List<T>> type) {
		TypedValue typed = this.scope.getVariableTyped(name, false);
		// Tasklist sends lists as Json variables: their serialized form is the JSON text
		String json = (typed instanceof SerializableValue serializable) ? serializable.getValueSerialized()
				: (typed != null && typed.getValue() != null) ? typed.getValue().toString() : null;
		if (json == null || json.isBlank()) {
			return List.of();
		}
		try {
			return JSON.readValue(json, type);
		}
		catch (JsonProcessingException ex) {
			throw refused(name + " could not be read as a list");
		}
	}

	/** Removes the form's fields from the process once the domain holds them. */
	public void remove(Collection<String> names) {
		this.scope.removeVariables(names);
	}

	/** The input is refused with this problem. */
	public InvalidInputException refused(String problem) {
		return new InvalidInputException(this.error, List.of(problem));
	}

}
