package org.waypoint.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A participant's case file as one reader may see it: who they are, where they stand, who
 * works with them, what they agreed to share, what the assessment and plan say, the
 * services they were handed to, any open crisis, and what happened when. Sections the
 * reader may not see are null and named in {@code withheld} with the reason.
 *
 * @param withheld what this reader is not shown, and why
 */
public record CaseFile(Person person, Standing standing, Team team, Contacts contacts, List<ReleaseLine> releases,
		AssessmentSummary assessment, PlanSummary plan, List<HandoffLine> handoffs, CrisisLine openCrisis,
		List<TimelineEntry> timeline, List<String> withheld) {

	/** Who the participant is, and how they came to the program. */
	public record Person(Long participantId, String name, LocalDate dateOfBirth, Integer age, String caseNumber,
			String door, String referringAgency, String referringOfficer, String referralReason, String contactHints,
			Instant referredAt) {
	}

	/**
	 * Where they stand now, in words ("In the wind for 12 days"), with the status code
	 * for screens that sort or colour by it.
	 */
	public record Standing(String status, String summary, Instant since, Instant intakeDue) {
	}

	/** The case manager, the colleague covering them today, and who makes follow-up. */
	public record Team(String caseManagerId, String caseManagerName, String coveredById, String coveredByName,
			String followUpWorker) {
	}

	/** The contact cadence the assessment set, the last contact and the next one due. */
	public record Contacts(String serviceModel, Integer contactEveryDays, Instant lastContact, String lastContactPlace,
			Instant nextContactDue, boolean overdue) {
	}

	public record ReleaseLine(String party, String partyName, List<String> scopes, LocalDate expiresOn, boolean inForce,
			Instant revokedAt) {
	}

	/**
	 * The latest assessment with the case manager's part in. {@code substanceUse} stays
	 * empty, and an integrated dual disorder service model is withheld, for readers 42
	 * CFR Part 2 does not let see it.
	 *
	 * @param completedAt null while the clinician's part is still to come
	 */
	public record AssessmentSummary(Instant caseManagerPartAt, Instant completedAt, String riskLevel,
			Map<String, String> needs, Responsivity responsivity, String caseManagerNote, Clinical clinical,
			String substanceUse, String serviceModel, Integer contactEveryDays, Boolean peerRecommended) {
	}

	/** How to work with the participant (source 003's responsivity). */
	public record Responsivity(String language, Boolean literacySupport, Boolean traumaInformed, String cognitiveNeeds,
			String preferredTimesAndPlaces) {
	}

	public record Clinical(String functionalImpairment, Boolean seriousMentalIllness, Integer jailStays,
			Integer hospitalStays, String clinicianNote) {
	}

	public record PlanSummary(int version, String status, Instant submittedAt, Instant reviewedAt,
			List<GoalLine> goals) {
	}

	public record GoalLine(String domain, String goal, String actions, LocalDate targetDate, String status) {
	}

	public record HandoffLine(String service, String provider, String providerContact, Instant appointmentAt,
			String appointmentPlace, String accompaniedBy, String outcome, boolean open) {
	}

	public record CrisisLine(String kind, Instant reportedAt, String reportedBy, String description,
			Instant respondedAt, boolean escalated) {
	}

	/** One thing that happened, in words, newest first in the file. */
	public record TimelineEntry(Instant at, String what) {
	}

}
