package org.waypoint.handoff;

import java.util.List;

/**
 * The services an approved case plan hands the participant to, read from the plan itself
 * (the case plan feature answers): they never pass through the engine, where a service
 * like substance-use treatment would be seen by all who read the process (42 CFR Part 2).
 */
public interface PlanHandoffs {

	/** Each service the plan's goals name, once, in the goals' order. */
	List<ServiceType> servicesOf(long planId);

}
