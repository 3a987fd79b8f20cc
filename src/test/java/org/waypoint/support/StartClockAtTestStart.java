package org.waypoint.support;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Starts the engine clock at {@link EngineTime#start()} before any test runs, so that a
 * run with {@value EngineTime#START_PROPERTY} set lives at that instant from the first
 * application start on.
 */
public class StartClockAtTestStart implements TestExecutionListener {

	@Override
	public void testPlanExecutionStarted(TestPlan testPlan) {
		EngineTime.reset();
	}

}
