package org.waypoint.platform;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A process variable's name and type, declared once: code reads and writes it through
 * this rather than by a string and a cast.
 */
public record ProcessVariable<T>(String name, Class<T> type) {

	public T from(VariableScope scope) {
		return this.type.cast(scope.getVariable(this.name));
	}

	public void set(VariableScope scope, T value) {
		scope.setVariable(this.name, value);
	}

}
