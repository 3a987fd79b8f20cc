package org.waypoint.assessment;

/**
 * The policy's answer: the service model (ACT, forensic ACT, integrated dual-disorder,
 * basic), how often contacts must happen, whether a peer specialist is recommended, and
 * whether the need is low enough to consider step-down.
 */
public record ServiceIntensity(String serviceModel, int contactEveryDays, boolean peerSpecialistRecommended,
		boolean stepDownCandidate, String decisionDefinitionId, int decisionVersion) {

}
