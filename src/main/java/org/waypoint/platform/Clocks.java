package org.waypoint.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the domain and the engine: domain timestamps follow the engine clock, so
 * a test that moves time with {@link ClockUtil} sees the dates the domain writes move
 * too.
 */
@Configuration(proxyBeanMethods = false)
public class Clocks {

	@Bean
	Clock clock() {
		return engineClock();
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
