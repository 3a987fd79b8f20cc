package org.waypoint.capacity.process;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.dmn.DmnModelException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
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
import org.waypoint.platform.access.AsSystem;
import org.waypoint.referral.Door;
import org.waypoint.referral.ReferralOrigin;
import org.waypoint.referral.ReferralService;

/**
 * What a changed caseload-standards, referral-priority or referral-admission table would
 * have decided: the capacity decisions of the last months, replayed from the door and the
 * figures they were taken on through the tables in force and through the draft, side by
 * side (a changed priority changes the admission table's input, not the figures). The
 * draft is evaluated apart from the engine (nothing deployed, nothing in its history)
 * until an administrator deploys it with a reason.
 */
@Component
public class PolicyPreviews {

	/**
	 * The tables whose decisions Waypoint keeps the figures of, so they can be replayed.
	 */
	static final List<String> REPLAYABLE = List.of(CaseloadStandardsTable.KEY, ReferralAdmissionDecision.KEY,
			ReferralPriorityDecision.KEY);

	static final int MOST_MONTHS = 24;

	private static final String NOT_PREVIEWED = "The draft was not previewed";

	private final RepositoryService repositoryService;

	private final CapacityService capacityService;

	private final ReferralService referralService;

	private final PolicyChanges policyChanges;

	private final List<DraftReplay> replays;

	private final AsSystem asSystem;

	private final ObjectMapper json;

	private final Clock clock;

	PolicyPreviews(RepositoryService repositoryService, CapacityService capacityService,
			ReferralService referralService, PolicyChanges policyChanges, List<DraftReplay> replays, AsSystem asSystem,
			ObjectMapper json, Clock clock) {
		this.replays = replays;
		this.repositoryService = repositoryService;
		this.capacityService = capacityService;
		this.referralService = referralService;
		this.policyChanges = policyChanges;
		this.asSystem = asSystem;
		this.json = json;
		this.clock = clock;
	}

	/** One decision as a policy rules it. */
	/**
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
	 * @param changes the cases that table would decide otherwise
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
		Map<String, DeployedTable> inForce = this.asSystem.call(this::tablesInForce);
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
			Map<String, DeployedTable> inForce, String previewedBy) {
		Outcomes outcomes = replay.replay(draftXml, from);
		Integer baseVersion = this.asSystem.call(() -> latestVersion(replay.decisionKey()));
		PolicyChange kept = this.policyChanges.previewed(replay.decisionKey(), draftXml, baseVersion, months,
				outcomes.replayed(), outcomes.changes().size(), asJson(outcomes.byGroup()), previewedBy);
		CaseloadStandards standards = policy(decisionsOf(inForce)).standards();
		return new PolicyPreview(kept.getId(), replay.decisionKey(), baseVersion, from, until, standards, standards,
				outcomes.replayed(), outcomes.changes().size(), List.of(), List.of(), outcomes.byGroup(),
				outcomes.changes());
	}

	private static Map<String, DmnDecision> decisionsOf(Map<String, DeployedTable> inForce) {
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
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("The draft was not deployed", List.of("reason: say why it changes"));
		}
		PolicyChange change = this.policyChanges.toDeploy(previewId);
		return this.asSystem.call(() -> {
			Integer latest = latestVersion(change.getDecisionKey());
			if (!Objects.equals(latest, change.getBaseVersion())) {
				throw new ConflictException(change.getDecisionKey() + " was deployed as version " + latest
						+ " since this preview (compared with version " + change.getBaseVersion()
						+ "): preview the draft again");
			}
			Deployment deployment = this.repositoryService.createDeployment()
				.name(change.getDecisionKey() + ": " + reason.strip())
				.source("Waypoint policy preview " + previewId)
				.addString(change.getDecisionKey() + ".dmn", change.getDraft())
				.deploy();
			int version = this.repositoryService.createDecisionDefinitionQuery()
				.deploymentId(deployment.getId())
				.decisionDefinitionKey(change.getDecisionKey())
				.singleResult()
				.getVersion();
			return this.policyChanges.deployed(change, deployedBy, reason.strip(), deployment.getId(), version);
		});
	}

	private DmnDecision parseDraft(String draftXml) {
		if (draftXml == null || draftXml.isBlank()) {
			throw new InvalidInputException(NOT_PREVIEWED, List.of("the body must be a DMN file"));
		}
		List<DmnDecision> decisions;
		try {
			decisions = DetachedDecisions.ENGINE.parseDecisions(stream(draftXml));
		}
		catch (DmnEngineException | DmnModelException ex) {
			throw new InvalidInputException(NOT_PREVIEWED,
					List.of("not a DMN file Camunda can read: " + ex.getMessage()));
		}
		List<String> previewable = new ArrayList<>(REPLAYABLE);
		this.replays.forEach(replay -> previewable.add(replay.decisionKey()));
		List<DmnDecision> replayable = decisions.stream()
			.filter(decision -> previewable.contains(decision.getKey()))
			.toList();
		if (replayable.size() != 1) {
			throw new InvalidInputException(NOT_PREVIEWED,
					List.of("a draft holds one of " + String.join(", ", previewable)
							+ ", the tables whose decisions are replayed; this one holds "
							+ decisions.stream().map(DmnDecision::getKey).toList()));
		}
		return replayable.get(0);
	}

	private record DeployedTable(DmnDecision decision, Integer version) {
	}

	private Map<String, DeployedTable> tablesInForce() {
		Map<String, DeployedTable> tables = new TreeMap<>();
		for (String key : REPLAYABLE) {
			DecisionDefinition latest = this.repositoryService.createDecisionDefinitionQuery()
				.decisionDefinitionKey(key)
				.latestVersion()
				.singleResult();
			if (latest == null) {
				throw new IllegalStateException("No " + key + " table is deployed");
			}
			tables.put(key, new DeployedTable(DetachedDecisions.deployed(this.repositoryService, key, latest.getId()),
					latest.getVersion()));
		}
		return tables;
	}

	private Integer latestVersion(String key) {
		DecisionDefinition latest = this.repositoryService.createDecisionDefinitionQuery()
			.decisionDefinitionKey(key)
			.latestVersion()
			.singleResult();
		return (latest != null) ? latest.getVersion() : null;
	}

	private static Policy policy(Map<String, DmnDecision> tables) {
		DmnDecisionResultEntries row = DetachedDecisions.ENGINE
			.evaluateDecision(tables.get(CaseloadStandardsTable.KEY), Map.of())
			.getSingleResult();
		if (row == null) {
			throw new InvalidInputException(NOT_PREVIEWED, List.of(CaseloadStandardsTable.KEY + " gives no row"));
		}
		try {
			return new Policy(CaseloadStandards.of(row.getEntryMap()), tables.get(ReferralPriorityDecision.KEY),
					tables.get(ReferralAdmissionDecision.KEY));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(NOT_PREVIEWED, List.of(ex.getMessage()));
		}
	}

	/**
	 * The caseload standards, the priority each door gets, and the admission table that
	 * decides by both.
	 */
	private record Policy(CaseloadStandards standards, DmnDecision priorities, DmnDecision admission) {

		ReplayedRuling rule(CapacityDecision decision, Door door) {
			String priority;
			DmnDecisionResultEntries result;
			try {
				DmnDecisionResultEntries prioritized = DetachedDecisions.ENGINE
					.evaluateDecision(this.priorities, Map.of(ReferralPriorityDecision.DOOR, door.name()))
					.getSingleResult();
				if (prioritized == null) {
					return new ReplayedRuling(null, "NO RULE", false, "The priority table has no rule for " + door);
				}
				priority = prioritized.getEntry(ReferralPriorityDecision.PRIORITY);
				result = DetachedDecisions.ENGINE
					.evaluateDecision(this.admission,
							ReferralAdmissionDecision.inputs(priority, decision.picture(), this.standards))
					.getSingleResult();
			}
			catch (RuntimeException ex) {
				// whatever fails here is the draft's: it cannot decide figures the
				// program met
				throw new InvalidInputException(NOT_PREVIEWED, List.of("referral " + decision.getReferralId()
						+ " decided " + decision.getDecidedAt() + ": " + ex.getMessage()));
			}
			if (result == null) {
				return new ReplayedRuling(priority, "NO RULE", false, "No rule of the table matches these figures");
			}
			return new ReplayedRuling(priority, result.getEntry(ReferralAdmissionDecision.DECISION),
					Boolean.TRUE.equals(result.getEntry(ReferralAdmissionDecision.OVER_AVERAGE)),
					result.getEntry(ReferralAdmissionDecision.REASON));
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
			return ReferralAdmissionDecision.ACCEPT.equals(ruling.decision()) ? 1 : 0;
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

	private static InputStream stream(String xml) {
		return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
	}

}
