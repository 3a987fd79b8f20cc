package org.waypoint.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one Spring context all integration tests share: the whole application with its demo
 * logins and its Prometheus endpoint, on PostgreSQL, on random ports (the application's
 * and the management port). The job executor is off: each test moves the engine clock and
 * runs the jobs of its own process instances (support.EngineTime), so timers of other
 * tests never fire under it. {@link Journeys} sends people through the program.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "camunda.bpm.job-execution.enabled=false", "management.server.port=0" })
@AutoConfigureObservability
@ActiveProfiles("demo")
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
@Import(Journeys.class)
public @interface WaypointIntegrationTest {

	/**
	 * The password of every demo login in the tests (application-demo.yaml's default).
	 */
	String DEMO_PASSWORD = "waypoint-demo";

}
