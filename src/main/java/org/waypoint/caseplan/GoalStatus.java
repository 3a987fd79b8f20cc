package org.waypoint.caseplan;

public enum GoalStatus {

	OPEN, MET, DROPPED

}
