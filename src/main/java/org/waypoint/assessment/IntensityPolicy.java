package org.waypoint.assessment;

/** The program's service-intensity rules, as the administrator deployed them. */
@FunctionalInterface
public interface IntensityPolicy {

	ServiceIntensity decide(IntensityInputs inputs);

}
