package org.waypoint.platform.forms;

import java.util.Optional;

import org.camunda.bpm.engine.BadUserRequestException;
import org.waypoint.platform.InvalidInputException;

/**
 * A form or call that a rule refused, as the engine carries it: a bad request (the engine
 * logs it as such, quietly, not as a failure), whose message is the refusal in the
 * worker's words. The {@link InvalidInputException} behind it is its cause.
 */
public class RefusedInput extends BadUserRequestException {

	RefusedInput(InvalidInputException refusal) {
		super(refusal.getMessage(), refusal);
	}

	public InvalidInputException refusal() {
		return (InvalidInputException) getCause();
	}

	/** The refusal somewhere in an exception's causes, if one is there. */
	public static Optional<InvalidInputException> in(Throwable thrown) {
		for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidInputException refusal) {
				return Optional.of(refusal);
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return Optional.empty();
	}

}
