package org.waypoint.handoff;

/** The kinds of provider a participant is handed to (source 003). */
public enum ServiceType {

	MENTAL_HEALTH, SUBSTANCE_USE_TREATMENT, HOUSING, BENEFITS_INCOME, HEALTH_CARE, PEER_RUN_ORGANIZATION,
	EDUCATION_EMPLOYMENT

}
