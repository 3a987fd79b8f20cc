package org.waypoint.platform;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Codes as a person reads them: {@code SUBSTANCE_USE} as "Substance use", a date as "Dec
 * 31, 2026". For forms, task names and the case file; never for what is stored.
 */
public final class Words {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

	private Words() {
	}

	/** "Substance use" for SUBSTANCE_USE (or SubstanceUse); null for null. */
	public static String of(Object code) {
		String words = lowerCase(code);
		return (words == null || words.isEmpty()) ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	/** "substance use" for SUBSTANCE_USE, inside a sentence; null for null. */
	public static String lowerCase(Object code) {
		if (code == null) {
			return null;
		}
		return code.toString().replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
	}

	/** "Dec 31, 2026"; null for null. */
	public static String of(LocalDate day) {
		return (day != null) ? DAY.format(day) : null;
	}

}
