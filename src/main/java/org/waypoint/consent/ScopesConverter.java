package org.waypoint.consent;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a set of scopes as one column, e.g. "PARTICIPATION,CRISIS_EVENTS". */
@Converter
class ScopesConverter implements AttributeConverter<Set<DisclosureScope>, String> {

	@Override
	public String convertToDatabaseColumn(Set<DisclosureScope> scopes) {
		return scopes.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	@Override
	public Set<DisclosureScope> convertToEntityAttribute(String column) {
		Set<DisclosureScope> scopes = EnumSet.noneOf(DisclosureScope.class);
		if (column != null && !column.isBlank()) {
			Arrays.stream(column.split(",")).map(DisclosureScope::valueOf).forEach(scopes::add);
		}
		return scopes;
	}

}
