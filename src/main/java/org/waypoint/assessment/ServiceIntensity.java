package org.waypoint.assessment;

/**
 * The policy's answer: the service model (ACT, forensic ACT, integrated dual-disorder,
 * basic), how often contacts must happen, whether a peer specialist is recommended, and
 * whether the need is low enough to consider step-down.
 */
public record ServiceIntensity(String serviceModel, int contactEveryDays, boolean peerSpecialistRecommended,
		boolean stepDownCandidate, String decisionDefinitionId, int decisionVersion) {

	/**
	 * Whether naming this service model tells of substance-use treatment (integrated
	 * dual-disorder treatment), which 42 CFR Part 2 keeps from all but the participant's
	 * case manager and clinicians.
	 */
	public static boolean revealsSubstanceUse(String serviceModel) {
		return "INTEGRATED_DUAL_DISORDER".equals(serviceModel);
	}

}
