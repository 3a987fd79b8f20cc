package org.waypoint.capacity;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * The caseload figures on /actuator/prometheus, read from the database at each scrape.
 */
@Component
class CaseloadMetrics implements MeterBinder {

	private final CapacityService capacityService;

	CaseloadMetrics(CapacityService capacityService) {
		this.capacityService = capacityService;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("waypoint.caseload.average", this.capacityService, service -> service.summary().average())
			.description("Participants per active case manager")
			.register(registry);
		Gauge.builder("waypoint.caseload.max", this.capacityService, service -> service.summary().highest())
			.description("The largest single caseload")
			.register(registry);
		Gauge
			.builder("waypoint.caseload.case.managers", this.capacityService,
					service -> service.summary().activeCaseManagers())
			.description("Active case managers")
			.register(registry);
	}

}
