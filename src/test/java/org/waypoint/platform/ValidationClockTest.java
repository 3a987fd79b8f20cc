package org.waypoint.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import jakarta.validation.Validator;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.PastOrPresent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.waypoint.support.EngineTime;

/**
 * Bean Validation's time constraints read the application's clock: with the engine clock
 * two years ahead of the JVM's, a date signed "today" is not in the future.
 */
class ValidationClockTest {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(Clocks.class);

	record Signed(@PastOrPresent LocalDate on) {
	}

	record Due(@Future LocalDate on) {
	}

	@AfterEach
	void realTime() {
		EngineTime.reset();
	}

	@Test
	void timeConstraintsFollowTheEngineClock() {
		Instant twoYearsAhead = EngineTime.start().plus(730, ChronoUnit.DAYS);
		EngineTime.setNow(twoYearsAhead);
		LocalDate engineToday = LocalDate.ofInstant(twoYearsAhead, ZoneOffset.UTC);

		this.context.run(application -> {
			Validator validator = application.getBean(Validator.class);
			assertThat(validator.validate(new Signed(engineToday))).isEmpty();
			assertThat(validator.validate(new Signed(engineToday.plusDays(1)))).hasSize(1);
			assertThat(validator.validate(new Due(engineToday))).hasSize(1);
			assertThat(validator.validate(new Due(engineToday.plusDays(1)))).isEmpty();
		});
	}

}
