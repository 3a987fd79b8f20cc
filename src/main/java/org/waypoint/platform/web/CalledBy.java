package org.waypoint.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call an operation of Waypoint's API, in the groups' words: the OpenAPI
 * description puts it first in the operation's description and gathers every operation's
 * callers in one table (ApiDocumentation). The controller's own check is what enforces
 * it.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface CalledBy {

	/**
	 * The 403 of an operation only those who work the case or oversee the program may
	 * call.
	 */
	String NOT_WORKING_THE_CASE = "Not the participant's case manager (or covering), a supervisor or a program administrator.";

	/** The groups (and who among them), e.g. "referral-partners (own referrals only)". */
	String value();

}
