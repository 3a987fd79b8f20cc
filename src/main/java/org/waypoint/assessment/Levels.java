package org.waypoint.assessment;

/** The scales an assessment rates on. */
public final class Levels {

	/** Why the assessment is made. */
	public enum AssessmentKind {

		INITIAL, PERIODIC, AFTER_CRISIS

	}

	/** How risk was assessed: the central eight rated by hand, or the site's own tool. */
	public enum RiskMethod {

		CENTRAL_EIGHT, SITE_TOOL

	}

	public enum RiskLevel {

		LOW, MODERATE, HIGH

	}

	/** A psychosocial need (housing, income, ...). */
	public enum NeedLevel {

		NONE, SOME, HIGH

	}

	/**
	 * How much a mental illness limits daily life (source 003: high need is the
	 * functional impact, not the diagnosis).
	 */
	public enum Impairment {

		NONE, SOME, SEVERE

	}

	/** Source 003's distinction between use, abuse and dependence. */
	public enum SubstanceUseSeverity {

		NONE, USE, ABUSE, DEPENDENCE

	}

	private Levels() {
	}

}
