package org.waypoint.platform.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.ToIntFunction;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What Waypoint's API takes in a JSON body, beyond its shape: text without control
 * characters (PostgreSQL refuses a NUL, and nobody types one), dates and times in the
 * years 1900 to 9999 (a "0000-01-01" is a mistake, not a date of birth). With the
 * application.yaml settings beside it (a key given twice and an enum sent as a number are
 * refused too), a body that breaks them is a 400 naming the field.
 */
@Configuration(proxyBeanMethods = false)
class StrictRequestValues {

	static final int FIRST_YEAR = 1900;

	static final int LAST_YEAR = 9999;

	/** Registered after Jackson's own modules, so these take precedence. */
	@Bean
	Jackson2ObjectMapperBuilderCustomizer strictRequestValuesLast() {
		SimpleModule strict = new SimpleModule("waypoint-strict-request-values");
		strict.addDeserializer(String.class, new PlainText());
		strict.addDeserializer(LocalDate.class,
				new WithinYears<>(LocalDate.class, LocalDateDeserializer.INSTANCE, LocalDate::getYear));
		strict.addDeserializer(Instant.class, new WithinYears<>(Instant.class, InstantDeserializer.INSTANT,
				instant -> instant.atOffset(ZoneOffset.UTC).getYear()));
		strict.addDeserializer(OffsetDateTime.class,
				new WithinYears<>(OffsetDateTime.class, InstantDeserializer.OFFSET_DATE_TIME, OffsetDateTime::getYear));
		return builder -> builder.postConfigurer(mapper -> mapper.registerModule(strict));
	}

	/** A value refused for a reason the caller can act on. */
	static final class RefusedValue extends InvalidFormatException {

		private final String reason;

		RefusedValue(JsonParser parser, String reason, Object value, Class<?> type) {
			super(parser, reason, value, type);
			this.reason = reason;
		}

		String reason() {
			return this.reason;
		}

	}

	private static final class PlainText extends StdScalarDeserializer<String> {

		PlainText() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			String text = StringDeserializer.instance.deserialize(parser, context);
			if (text != null && text.chars().anyMatch(PlainText::isRefusedControl)) {
				throw new RefusedValue(parser, "must not contain control characters (such as NUL)", text, String.class);
			}
			return text;
		}

		/** Tabs and line breaks belong in notes; other control characters do not. */
		private static boolean isRefusedControl(int character) {
			return Character.isISOControl(character) && character != '\t' && character != '\n' && character != '\r';
		}

	}

	private static final class WithinYears<T> extends StdScalarDeserializer<T> {

		private final JsonDeserializer<? extends T> parse;

		private final ToIntFunction<T> year;

		WithinYears(Class<T> type, JsonDeserializer<? extends T> parse, ToIntFunction<T> year) {
			super(type);
			this.parse = parse;
			this.year = year;
		}

		@Override
		public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			T value = this.parse.deserialize(parser, context);
			if (value != null) {
				int valueYear = this.year.applyAsInt(value);
				if (valueYear < FIRST_YEAR || valueYear > LAST_YEAR) {
					throw new RefusedValue(parser,
							"must be in the years " + FIRST_YEAR + " to " + LAST_YEAR + ", not " + value, value,
							handledType());
				}
			}
			return value;
		}

	}

}
