package org.waypoint.caseplan;

/**
 * What a goal addresses: a dynamic criminogenic risk factor of the central eight, or an
 * assessed need (source 003).
 */
public enum PlanDomain {

	ANTISOCIAL_ATTITUDES, ANTISOCIAL_ASSOCIATES, ANTISOCIAL_PERSONALITY, FAMILY_MARITAL, SCHOOL_WORK,
	LEISURE_RECREATION, SUBSTANCE_USE, MENTAL_HEALTH, HOUSING, INCOME, HEALTH_INSURANCE, MEANINGFUL_ACTIVITY,
	TRANSPORTATION, FAMILY_STRESS, EDUCATION, PHYSICAL_HEALTH

}
