package org.waypoint.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started Waypoint where to go next. */
@Component
class StartupBanner {

	private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

	@EventListener
	void onReady(ApplicationReadyEvent event) {
		if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
			String base = "http://localhost:" + web.getWebServer().getPort();
			String management = "http://localhost:" + web.getEnvironment()
				.getProperty("local.management.port", String.valueOf(web.getWebServer().getPort()));
			log.info("""

					  Waypoint is ready: {}/
					    Tasklist   {}/camunda/app/tasklist/
					    Cockpit    {}/camunda/app/cockpit/
					    Admin      {}/camunda/app/admin/
					    REST API   {}/engine-rest (HTTP Basic)
					    Health     {}/readyz
					    Metrics    {}/actuator/prometheus (management port, keep it off the internet)
					""", base, base, base, base, base, base, management);
		}
	}

}
