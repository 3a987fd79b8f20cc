package org.waypoint;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.waypoint.platform.Clocks;

/**
 * One clock (DESIGN.md section 2): whatever reads "now" reads the application's clock,
 * which follows the engine clock that tests move. Outside {@link Clocks}, nothing in
 * Waypoint reads the JVM's own clock.
 */
@AnalyzeClasses(packages = "org.waypoint", importOptions = ImportOption.DoNotIncludeTests.class)
class OneClockTest {

	private static final List<Class<?>> TIME_TYPES = List.of(Instant.class, LocalDate.class, LocalDateTime.class,
			LocalTime.class, ZonedDateTime.class, OffsetDateTime.class, OffsetTime.class, Year.class, YearMonth.class);

	@ArchTest
	static final ArchRule nothingReadsTheJvmClock = noClasses().that()
		.doNotBelongToAnyOf(Clocks.class)
		.should()
		.callCodeUnitWhere(readsTheJvmClock())
		.because("the application's Clock (platform.Clocks) follows the engine clock; the JVM's does not");

	private static DescribedPredicate<JavaCall<?>> readsTheJvmClock() {
		return DescribedPredicate.describe("a read of the JVM's clock (now(), now(ZoneId), new Date(), "
				+ "System.currentTimeMillis(), Clock.system*())", call -> {
					String owner = call.getTargetOwner().getFullName();
					String name = call.getName();
					List<String> parameters = call.getTarget()
						.getRawParameterTypes()
						.stream()
						.map(t -> t.getName())
						.toList();
					boolean timeTypeNow = TIME_TYPES.stream().anyMatch(type -> type.getName().equals(owner))
							&& name.equals("now")
							&& (parameters.isEmpty() || parameters.equals(List.of(ZoneId.class.getName())));
					boolean newDate = owner.equals(Date.class.getName()) && name.equals("<init>")
							&& parameters.isEmpty();
					boolean systemMillis = owner.equals(System.class.getName()) && name.equals("currentTimeMillis");
					boolean systemClock = owner.equals(Clock.class.getName()) && name.startsWith("system");
					return timeTypeNow || newDate || systemMillis || systemClock;
				});
	}

}
