package org.waypoint.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the domain, the engine and validation: domain timestamps and Bean
 * Validation's time constraints ({@code @Past}, {@code @PastOrPresent}...) follow the
 * engine clock, so a test that moves time with {@link ClockUtil} sees every rule that
 * reads "now" move too. Nothing else in Waypoint reads the JVM's clock (OneClockTest).
 */
@Configuration(proxyBeanMethods = false)
public class Clocks {

	@Bean
	Clock clock() {
		return engineClock();
	}

	/** Bean Validation reads "now" from the application's clock, not the JVM's. */
	@Bean
	ValidationConfigurationCustomizer validationReadsTheApplicationClock(Clock clock) {
		return configuration -> configuration.clockProvider(() -> clock);
	}

	/** The engine's clock, in UTC; process tests without Spring use it too. */
	public static Clock engineClock() {
		return new EngineClock(ZoneOffset.UTC);
	}

	private static final class EngineClock extends Clock {

		private final ZoneId zone;

		EngineClock(ZoneId zone) {
			this.zone = zone;
		}

		@Override
		public ZoneId getZone() {
			return this.zone;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return new EngineClock(zone);
		}

		@Override
		public Instant instant() {
			return ClockUtil.getCurrentTime().toInstant();
		}

	}

}
