package org.waypoint.support;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Stops the Spring applications of the integration tests before the JVM's shutdown hooks
 * run.
 */
public class CloseApplicationsFirst implements TestExecutionListener {

	@Override
	public void testPlanExecutionFinished(TestPlan testPlan) {
		TestDatabase.closeApplications();
	}

}
