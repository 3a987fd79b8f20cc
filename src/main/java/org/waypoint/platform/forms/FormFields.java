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
import java.util.Objects;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
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

	/** A task's own variables, read when the submission did not reach its execution. */
	private final VariableScope taskScope;

	private final String error;

	private FormFields(VariableScope scope, VariableScope taskScope, String error) {
		this.scope = scope;
		this.taskScope = taskScope;
		this.error = error;
	}

	/**
	 * @param error what the person is told did not happen, e.g. "The contact was not
	 * recorded"
	 */
	public static FormFields of(VariableScope scope, String error) {
		return new FormFields(scope, null, error);
	}

	/**
	 * The fields a task's form submitted, read in a task listener. Tasklist's form
	 * submission writes them to the task (updating what a listener showed there), the
	 * engine's complete call to its execution: the execution's value wins when there is
	 * one.
	 */
	public static FormFields ofTask(DelegateTask task, String error) {
		return new FormFields(task.getExecution(), task, error);
	}

	private Object value(String name) {
		return (this.taskScope == null || this.scope.hasVariable(name)) ? this.scope.getVariable(name)
				: this.taskScope.getVariable(name);
	}

	private TypedValue typedValue(String name) {
		return (this.taskScope == null || this.scope.hasVariable(name)) ? this.scope.getVariableTyped(name, false)
				: this.taskScope.getVariableTyped(name, false);
	}

	/** The field's text, stripped; null when empty. */
	public String text(String name) {
		Object value = value(name);
		return (value == null || value.toString().isBlank()) ? null : value.toString().strip();
	}

	/** A checkbox or yes/no choice; null when the form did not send it. */
	public Boolean yesNo(String name) {
		Object value = value(name);
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
		Object value = value(name);
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
		return enumValue(name, value(name), type);
	}

	/**
	 * A value of a field (or of a dynamic list row's field) as one of the enum's values.
	 */
	public <E extends Enum<E>> E enumValue(String field, Object value, Class<E> type) {
		if (value == null || value.toString().isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.toString().strip());
		}
		catch (IllegalArgumentException ex) {
			throw refused(field + " must be one of "
					+ Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))
					+ ", not '" + value + "'");
		}
	}

	/**
	 * A date and time: ISO with an offset or a Z, or without one (read as UTC, as the
	 * engine clock runs).
	 */
	public Instant instant(String name) {
		Object value = value(name);
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
		return dateValue(name, value(name));
	}

	/** A date field's value (a form-js date, or the date part of a date and time). */
	public LocalDate dateValue(String field, Object value) {
		if (value == null || value.toString().isBlank()) {
			return null;
		}
		String text = value.toString().strip();
		try {
			return LocalDate.parse(text.substring(0, Math.min(10, text.length())));
		}
		catch (DateTimeParseException ex) {
			throw refused(field + " must be a date like 2026-11-23, not '" + text + "'");
		}
	}

	/** The values of a checklist or tag list; empty when none was chosen. */
	public List<String> strings(String name) {
		return list(name, new TypeReference<List<String>>() {
		});
	}

	/**
	 * The rows of a list the form fills group by group (a group's path is {@code name.0},
	 * {@code name.1}...): one map of field to value per row shown.
	 */
	public List<Map<String, Object>> rows(String name) {
		return list(name, new TypeReference<List<Map<String, Object>>>() {
		}).stream().filter(Objects::nonNull).toList();
	}

	private <T> List<T> list(String name, TypeReference<List<T>> type) {
		TypedValue typed = typedValue(name);
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

	/**
	 * Removes the form's fields from the process (and the task) once the domain holds
	 * them.
	 */
	public void remove(Collection<String> names) {
		this.scope.removeVariables(names);
		if (this.taskScope != null) {
			this.taskScope.removeVariablesLocal(names);
		}
	}

	/**
	 * A list (or other value) as a Json variable: how Tasklist sends lists, and how lists
	 * the processes loop over are kept (readable in Cockpit, free of Java classes).
	 */
	public static ObjectValue json(Object value) {
		return Variables.objectValue(value).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
	}

	/** The input is refused with this problem. */
	public InvalidInputException refused(String problem) {
		return new InvalidInputException(this.error, List.of(problem));
	}

}
