package org.waypoint.capacity.process;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the capacity review runs: a site setting, read by the review's timer start event.
 */
@Component("capacityReviewSchedule")
public class CapacityReviewSchedule {

	private final String cycle;

	public CapacityReviewSchedule(@Value("${waypoint.capacity.review-cycle}") String cycle) {
		this.cycle = cycle;
	}

	/** A Camunda timer cycle: a cron expression or an ISO 8601 repeating interval. */
	public String getCycle() {
		return this.cycle;
	}

}
