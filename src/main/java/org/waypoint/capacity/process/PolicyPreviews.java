package org.waypoint.capacity.process;

import static org.waypoint.platform.decisions.DetachedDecisions.NOT_PREVIEWED;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.waypoint.capacity.AdmissionRuling;
import org.waypoint.capacity.CapacityDecision;
import org.waypoint.capacity.CapacityService;
import org.waypoint.capacity.CaseloadStandards;
import org.waypoint.capacity.DraftReplay;
import org.waypoint.capacity.DraftReplay.ChangedOutcome;
import org.waypoint.capacity.DraftReplay.Outcomes;
import org.waypoint.capacity.DraftReplay.ReplayedByGroup;
import org.waypoint.capacity.PolicyChange;
import org.waypoint.capacity.PolicyChanges;
import org.waypoint.platform.ConflictException;
import org.waypoint.platform.InvalidInputException;
import org.waypoint.platform.decisions.DetachedDecisions;
import org.waypoint.platform.decisions.DetachedDecisions.Deployed;
import org.waypoint.platform.decisions.DetachedDecisions.Version;
import org.waypoint.referral.Door;
import org.waypoint.referral.ReferralOrigin;
import org.waypoint.referral.ReferralService;

/**
 * What a changed policy table would have decided. For caseload-standards,
 * referral-priority and referral-admission (here): the capacity decisions of the last
 * months, replayed from the door and the figures they were taken on through the tables in
 * force and through the draft, side by side (a changed priority changes the admission
 * table's input, not the figures). The other tables are replayed where their inputs are
 * kept (DraftReplay): service intensity over the open cases, eligibility and the capacity
 * alert over the engine's decision history. The draft is evaluated apart from the engine
 * (nothing deployed, nothing in its history) until an administrator deploys it with a
 * reason.
 */
@Component
public class PolicyPreviews {

	/**
	 * The tables whose decisions Waypoint keeps the figures of, so they can be replayed.
	 */
	static final List<String> REPLAYABLE = List.of(CaseloadStandardsTable.KEY, ReferralAdmissionDecision.KEY,
			ReferralPriorityDecision.KEY);

	static final int MOST_MONTHS = 24;

	private static final String NO_RULE = "NO RULE";

	/** The most a reason may say (policy_change.reason). */
	static final int LONGEST_REASON = 2000;

	private final DetachedDecisions detached;

	private final RepositoryService repositoryService;

	private final CapacityService capacityService;

	private final ReferralService referralService;

	private final PolicyChanges policyChanges;

	private final List<DraftReplay> replays;

	private final ObjectMapper json;

	private final Clock clock;

	PolicyPreviews(DetachedDecisions detached, RepositoryService repositoryService, CapacityService capacityService,
			ReferralService referralService, PolicyChanges policyChanges, List<DraftReplay> replays, ObjectMapper json,
			Clock clock) {
		this.detached = detached;
		this.replays = replays;
		this.repositoryService = repositoryService;
		this.capacityService = capacityService;
		this.referralService = referralService;
		this.policyChanges = policyChanges;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * One decision as a policy rules it.
	 *
	 * @param priority the referral-priority table's answer for the referral's door
	 */
	public record ReplayedRuling(String priority, String decision, boolean overAverage, String reason) {
	}

	/** A decision the draft would have taken otherwise. */
	public record FlippedDecision(long referralId, Door door, String priority, Instant decidedAt,
			ReplayedRuling inForce, ReplayedRuling draft) {
	}

	/** The replayed decisions of one door. */
	public record ReplayedByDoor(Door door, int replayed, int acceptedInForce, int acceptedUnderDraft,
			int overAverageInForce, int overAverageUnderDraft, int flipped) {
	}

	/**
	 * @param id the preview's id, to deploy it by
	 * @param baseVersion the deployed version of the table the draft was compared with
	 * @param byDoor for the tables of capacity decisions: each door's decisions replayed
	 * @param byGroup for a table another feature replays (service-intensity: the open
	 * cases by service model in force)
	 * @param changes the cases, or decisions, that table would decide otherwise (for
	 * service intensity, also those it may change, their answers withheld)
	 */
	public record PolicyPreview(long id, String decisionKey, Integer baseVersion, Instant from, Instant until,
			CaseloadStandards standardsInForce, CaseloadStandards standardsUnderDraft, int replayed, int flipped,
			List<ReplayedByDoor> byDoor, List<FlippedDecision> flips, List<ReplayedByGroup> byGroup,
			List<ChangedOutcome> changes) {
	}

	/**
	 * Replays the capacity decisions of the last {@code months} through the draft and
	 * keeps the preview; deploys nothing.
	 */
	@Transactional
	public PolicyPreview preview(String draftXml, int months, String previewedBy) {
		if (months < 1 || months > MOST_MONTHS) {
			throw new InvalidInputException(NOT_PREVIEWED,
					List.of("months must be between 1 and " + MOST_MONTHS + ", not " + months));
		}
		DmnDecision draft = parseDraft(draftXml);
		Map<String, Deployed> inForce = tablesInForce();
		Optional<DraftReplay> elsewhere = this.replays.stream()
			.filter(replay -> replay.decisionKey().equals(draft.getKey()))
			.findFirst();
		Instant until = this.clock.instant();
		Instant from = until.atZone(ZoneOffset.UTC).minusMonths(months).toInstant();
		if (elsewhere.isPresent()) {
			return previewElsewhere(elsewhere.get(), draftXml, months, from, until, inForce, previewedBy);
		}
		Map<String, DmnDecision> tables = decisionsOf(inForce);
		Policy current = policy(tables);
		tables.put(draft.getKey(), draft);
		Policy drafted = policy(tables);

		List<CapacityDecision> decisions = this.capacityService.decisionsSince(from);
		Map<Long, ReferralOrigin> origins = this.referralService
			.originsOf(decisions.stream().map(CapacityDecision::getReferralId).toList());
		List<FlippedDecision> flips = new ArrayList<>();
		Map<Door, DoorTally> tallies = new EnumMap<>(Door.class);
		for (CapacityDecision decision : decisions) {
			Door door = origins.get(decision.getReferralId()).door();
			ReplayedRuling before = current.rule(decision, door);
			ReplayedRuling after = drafted.rule(decision, door);
			boolean flipped = !before.decision().equals(after.decision())
					|| before.overAverage() != after.overAverage();
			if (flipped) {
				flips.add(new FlippedDecision(decision.getReferralId(), door, decision.getPriority(),
						decision.getDecidedAt(), before, after));
			}
			tallies.computeIfAbsent(door, any -> new DoorTally()).add(before, after, flipped);
		}
		List<ReplayedByDoor> byDoor = tallies.entrySet()
			.stream()
			.map(entry -> entry.getValue().figures(entry.getKey()))
			.toList();
		flips.sort(Comparator.comparing(FlippedDecision::decidedAt));
		Integer baseVersion = inForce.get(draft.getKey()).version();
		PolicyChange kept = this.policyChanges.previewed(draft.getKey(), draftXml, baseVersion, months,
				decisions.size(), flips.size(), asJson(byDoor), previewedBy);
		return new PolicyPreview(kept.getId(), draft.getKey(), baseVersion, from, until, current.standards(),
				drafted.standards(), decisions.size(), flips.size(), byDoor, flips, List.of(), List.of());
	}

	/** A draft replayed where its inputs are kept (open cases, the decision history). */
	private PolicyPreview previewElsewhere(DraftReplay replay, String draftXml, int months, Instant from, Instant until,
			Map<String, Deployed> inForce, String previewedBy) {
		Outcomes outcomes = replay.replay(draftXml, from, previewedBy);
		Integer baseVersion = this.detached.latestVersion(replay.decisionKey()).map(Version::number).orElse(null);
		PolicyChange kept = this.policyChanges.previewed(replay.decisionKey(), draftXml, baseVersion, months,
				outcomes.replayed(), outcomes.changed(), asJson(outcomes.byGroup()), previewedBy);
		CaseloadStandards standards = policy(decisionsOf(inForce)).standards();
		return new PolicyPreview(kept.getId(), replay.decisionKey(), baseVersion, from, until, standards, standards,
				outcomes.replayed(), outcomes.changed(), List.of(), List.of(), outcomes.byGroup(), outcomes.changes());
	}

	private static Map<String, DmnDecision> decisionsOf(Map<String, Deployed> inForce) {
		Map<String, DmnDecision> tables = new TreeMap<>();
		inForce.forEach((key, table) -> tables.put(key, table.decision()));
		return tables;
	}

	/**
	 * Deploys a previewed draft as the table's next version, with who and why. Refused
	 * when the table was deployed again since the preview (its figures would be stale).
	 */
	@Transactional
	public PolicyChange deploy(long previewId, String reason, String deployedBy) {
		String why = (reason != null) ? reason.strip() : "";
		if (why.isEmpty() || why.length() > LONGEST_REASON) {
			throw new InvalidInputException("The draft was not deployed",
					List.of("reason: say why it changes, in at most " + LONGEST_REASON + " characters"));
		}
		PolicyChange change = this.policyChanges.toDeploy(previewId);
		int expected = (change.getBaseVersion() != null) ? change.getBaseVersion() + 1 : 1;
		// deployed as the administrator, so the engine's operation log names them; the
		// reason stays in policy_change, out of the engine's tables
		Deployment deployment = this.repositoryService.createDeployment()
			.name(change.getDecisionKey() + " (policy preview " + previewId + ")")
			.source("Waypoint policy preview")
			.addString(change.getDecisionKey() + ".dmn", change.getDraft())
			.deploy();
		int version = this.repositoryService.createDecisionDefinitionQuery()
			.deploymentId(deployment.getId())
			.decisionDefinitionKey(change.getDecisionKey())
			.singleResult()
			.getVersion();
		if (version != expected) {
			// another deployment of the table came first (the engine's deployment lock
			// orders them): this one rolls back with the transaction
			throw new ConflictException(change.getDecisionKey() + " was deployed as version " + (version - 1)
					+ " since this preview (compared with version " + change.getBaseVersion()
					+ "): preview the draft again");
		}
		return this.policyChanges.deployed(change, deployedBy, why, deployment.getId(), version);
	}

	private DmnDecision parseDraft(String draftXml) {
		List<DmnDecision> drafted = DetachedDecisions.parseDraft(draftXml);
		List<String> previewable = new ArrayList<>(REPLAYABLE);
		this.replays.forEach(replay -> previewable.add(replay.decisionKey()));
		// one table and nothing else: whatever else the file held would be deployed with
		// it
		// unpreviewed
		if (drafted.size() != 1 || !previewable.contains(drafted.get(0).getKey())) {
			throw new InvalidInputException(NOT_PREVIEWED,
					List.of("a draft holds one of " + String.join(", ", previewable)
							+ ", the tables whose decisions are replayed, and nothing else; this one holds "
							+ drafted.stream().map(DmnDecision::getKey).toList()));
		}
		return drafted.get(0);
	}

	private Map<String, Deployed> tablesInForce() {
		Map<String, Deployed> tables = new TreeMap<>();
		for (String key : REPLAYABLE) {
			tables.put(key, this.detached.latest(key)
				.orElseThrow(() -> new IllegalStateException("No " + key + " table is deployed")));
		}
		return tables;
	}

	private static Policy policy(Map<String, DmnDecision> tables) {
		try {
			return new Policy(CaseloadStandardsTable.standardsOf(tables.get(CaseloadStandardsTable.KEY)),
					tables.get(ReferralPriorityDecision.KEY), tables.get(ReferralAdmissionDecision.KEY));
		}
		catch (RuntimeException ex) {
			throw new InvalidInputException(NOT_PREVIEWED,
					List.of(CaseloadStandardsTable.KEY + ": " + ex.getMessage()));
		}
	}

	/**
	 * The caseload standards, the priority each door gets, and the admission table that
	 * decides by both.
	 */
	private record Policy(CaseloadStandards standards, DmnDecision priorities, DmnDecision admission) {

		ReplayedRuling rule(CapacityDecision decision, Door door) {
			String subject = "referral " + decision.getReferralId() + " decided " + decision.getDecidedAt();
			Optional<DmnDecisionResultEntries> prioritized = DetachedDecisions.replay(this.priorities,
					Map.of(ReferralPriorityDecision.DOOR, door.name()), subject);
			if (prioritized.isEmpty()) {
				return new ReplayedRuling(null, NO_RULE, false, "The priority table has no rule for " + door);
			}
			String priority = prioritized.get().getEntry(ReferralPriorityDecision.PRIORITY);
			return DetachedDecisions
				.replay(this.admission, ReferralAdmissionDecision.inputs(priority, decision.picture(), this.standards),
						subject)
				.map(result -> new ReplayedRuling(priority, result.getEntry(ReferralAdmissionDecision.DECISION),
						Boolean.TRUE.equals(result.getEntry(ReferralAdmissionDecision.OVER_AVERAGE)),
						result.getEntry(ReferralAdmissionDecision.REASON)))
				.orElseGet(() -> new ReplayedRuling(priority, NO_RULE, false,
						"No rule of the table matches these figures"));
		}

	}

	private static final class DoorTally {

		private int replayed;

		private int acceptedInForce;

		private int acceptedUnderDraft;

		private int overAverageInForce;

		private int overAverageUnderDraft;

		private int flipped;

		void add(ReplayedRuling inForce, ReplayedRuling draft, boolean flip) {
			this.replayed++;
			this.acceptedInForce += accepted(inForce);
			this.acceptedUnderDraft += accepted(draft);
			this.overAverageInForce += inForce.overAverage() ? 1 : 0;
			this.overAverageUnderDraft += draft.overAverage() ? 1 : 0;
			this.flipped += flip ? 1 : 0;
		}

		ReplayedByDoor figures(Door door) {
			return new ReplayedByDoor(door, this.replayed, this.acceptedInForce, this.acceptedUnderDraft,
					this.overAverageInForce, this.overAverageUnderDraft, this.flipped);
		}

		private static int accepted(ReplayedRuling ruling) {
			return AdmissionRuling.ACCEPT.equals(ruling.decision()) ? 1 : 0;
		}

	}

	/** A preview's figures as kept with it: by door, or by the other feature's groups. */
	private String asJson(List<?> figures) {
		try {
			return this.json.writeValueAsString(figures);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
