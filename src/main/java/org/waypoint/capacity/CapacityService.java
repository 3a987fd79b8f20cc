package org.waypoint.capacity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waypoint.platform.InvalidInputException;
import org.waypoint.platform.tasklist.TaskCoverage;

/**
 * Caseloads and the slots on them. A capacity decision runs in one transaction: lock the
 * caseloads, read the picture, let the admission policy decide, assign. The lock makes
 * decisions taken at the same moment, on any node, follow one another.
 */
@Service
public class CapacityService implements TaskCoverage.Cover {

	/** The referral-priority level that is not a priority referral (source 000). */
	public static final String PRETRIAL = "PRETRIAL";

	private final CaseManagerRepository caseManagers;

	private final CaseloadRepository caseloads;

	private final CapacityLockRepository locks;

	private final CapacityDecisionRepository decisions;

	private final IntensiveCaseloads intensiveCaseloads;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final Duration priorityLookBack;

	private final StandardsInForce standardsInForce;

	private final CaseloadLockTimer lockTimer;

	CapacityService(CaseManagerRepository caseManagers, CaseloadRepository caseloads, CapacityLockRepository locks,
			CapacityDecisionRepository decisions, IntensiveCaseloads intensiveCaseloads, Clock clock,
			ApplicationEventPublisher events,
			@Value("${waypoint.capacity.expected-priority-referrals-look-back}") Duration priorityLookBack,
			StandardsInForce standardsInForce, CaseloadLockTimer lockTimer) {
		this.standardsInForce = standardsInForce;
		this.lockTimer = lockTimer;
		this.intensiveCaseloads = intensiveCaseloads;
		this.caseManagers = caseManagers;
		this.caseloads = caseloads;
		this.locks = locks;
		this.decisions = decisions;
		this.clock = clock;
		this.events = events;
		this.priorityLookBack = priorityLookBack;
	}

	/**
	 * A login joined the case managers: on staff, with room at once (a case manager who
	 * left and comes back is on staff again). Idempotent.
	 */
	@Transactional
	public CaseManager registerCaseManager(String userId) {
		CaseManager caseManager = this.caseManagers.findById(userId)
			.orElseGet(() -> this.caseManagers.save(new CaseManager(userId)));
		caseManager.setActive(true);
		return caseManager;
	}

	/**
	 * A case manager left the program (or the group): they take no new participants, and
	 * whoever they still hold waits for a supervisor to move them. Idempotent.
	 */
	@Transactional
	public void leave(String userId) {
		this.caseManagers.findById(userId).filter(CaseManager::isActive).ifPresent(caseManager -> {
			caseManager.setActive(false);
			caseManager.setAway(null, null, null);
			List<CaseloadAssignment> held = heldBy(userId);
			if (!held.isEmpty()) {
				this.events.publishEvent(new CaseManagerLeft(userId, held.size()));
			}
		});
	}

	/** The slots a case manager holds now. */
	@Transactional(readOnly = true)
	public List<CaseloadAssignment> heldBy(String userId) {
		return this.caseloads.findByCaseManagerIdAndReleasedAtIsNull(userId);
	}

	/**
	 * A case manager's own limit (part time, newly hired), under the caseload lock so no
	 * decision in flight reads the old one; empty: the site's cap.
	 */
	@Transactional
	public CaseManager setOwnLimit(String userId, Integer limit) {
		Roster roster = lockCaseloads();
		int cap = roster.standards().cap();
		if (limit != null && (limit < 1 || limit > cap)) {
			throw new InvalidInputException("The limit was not set",
					List.of("limit must be between 1 and the site's cap of " + cap + ", not " + limit));
		}
		CaseManager caseManager = onStaff(userId, "The limit was not set");
		caseManager.setCaseloadLimit(limit);
		return caseManager;
	}

	/**
	 * A case manager is away from one day to another, a colleague covering: no new
	 * participants meanwhile; their own stay on their caseload. Under the caseload lock.
	 */
	@Transactional
	public CaseManager setAway(String userId, LocalDate from, LocalDate until, String coveredBy) {
		String error = "The leave was not recorded";
		List<String> problems = new ArrayList<>();
		if (from == null || until == null) {
			problems.add("from and until are required");
		}
		else if (until.isBefore(from)) {
			problems.add("until (" + until + ") must not be before from (" + from + ")");
		}
		else if (until.isBefore(today())) {
			problems.add("until (" + until + ") is in the past");
		}
		if (coveredBy == null || coveredBy.equals(userId)
				|| this.caseManagers.findById(coveredBy).filter(CaseManager::isActive).isEmpty()) {
			problems.add("coveredBy must name another case manager on staff");
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(error, problems);
		}
		lockCaseloads();
		CaseManager caseManager = onStaff(userId, error);
		caseManager.setAway(from, until, coveredBy);
		this.events.publishEvent(new CaseManagerAway(userId, from, until, coveredBy));
		return caseManager;
	}

	/** The case manager is back (or the leave is called off). */
	@Transactional
	public CaseManager endAway(String userId) {
		CaseManager caseManager = onStaff(userId, "The leave was not ended");
		String cover = caseManager.getCoveredBy();
		caseManager.setAway(null, null, null);
		if (cover != null) {
			this.events.publishEvent(new CaseManagerBack(userId, cover));
		}
		return caseManager;
	}

	/** The colleague who covers this case manager today, if they are away. */
	@Override
	@Transactional(readOnly = true)
	public Optional<String> coverOf(String userId) {
		return this.caseManagers.findById(userId).map(caseManager -> caseManager.coverOn(today()));
	}

	/** The case managers this login covers today. */
	@Transactional(readOnly = true)
	public List<String> coveredBy(String userId) {
		LocalDate today = today();
		return this.caseManagers.findByCoveredBy(userId)
			.stream()
			.filter(caseManager -> userId.equals(caseManager.coverOn(today)))
			.map(CaseManager::getUserId)
			.toList();
	}

	/** The case managers on staff, with their limits and leave. */
	@Transactional(readOnly = true)
	public List<CaseManager> staff() {
		return this.caseManagers.findByActiveTrueOrderByUserId();
	}

	/** The site's cap: no case manager ever holds more. */
	public int cap() {
		return standards().cap();
	}

	/** The caseload standards in force (the latest caseload-standards table). */
	public CaseloadStandards standards() {
		return this.standardsInForce.current();
	}

	private CaseManager onStaff(String userId, String error) {
		return this.caseManagers.findById(userId)
			.filter(CaseManager::isActive)
			.orElseThrow(() -> new InvalidInputException(error, List.of(userId + " is not a case manager on staff")));
	}

	/**
	 * Locks the caseloads for the rest of the calling transaction and returns them as
	 * they are now. Must run inside the transaction that will decide, so the picture
	 * cannot go stale. The priority referrals expected ahead are those of the look-back
	 * window behind ({@code waypoint.capacity.expected-priority-referrals-look-back}).
	 */
	private Roster lockCaseloads() {
		this.locks.lockById(CapacityLock.ID)
			.orElseThrow(() -> new IllegalStateException("The capacity lock row is missing (V2__caseloads.sql)"));
		this.lockTimer.lockTaken();
		int expectedPriorityReferrals = (int) this.decisions.countByPriorityNotAndDecidedAtAfter(PRETRIAL,
				this.clock.instant().minus(this.priorityLookBack));
		return roster(expectedPriorityReferrals, standards());
	}

	/**
	 * Who is on staff, who takes referrals today (not away), and the least loaded of
	 * those with room under their own limit: the one a referral goes to.
	 */
	private Roster roster(int expectedPriorityReferrals, CaseloadStandards standards) {
		int cap = standards.cap();
		LocalDate today = today();
		Map<String, Long> held = this.caseloads.activeCaseloads()
			.stream()
			.collect(Collectors.toMap(Caseload::caseManagerId, Caseload::participants));
		List<CaseManager> staff = this.caseManagers.findByActiveTrueOrderByUserId();
		long total = held.values().stream().mapToLong(Long::longValue).sum();
		double fullTimeEquivalents = staff.stream().mapToDouble(member -> member.ownLimit(cap) / (double) cap).sum();
		Comparator<CaseManager> leastLoaded = Comparator
			.comparingLong((CaseManager member) -> held.getOrDefault(member.getUserId(), 0L))
			.thenComparing(CaseManager::getUserId);
		List<CaseManager> takingReferrals = staff.stream()
			.filter(member -> !member.isAwayOn(today))
			.sorted(leastLoaded)
			.toList();
		Optional<CaseManager> withRoom = takingReferrals.stream()
			.filter(member -> held.getOrDefault(member.getUserId(), 0L) < member.ownLimit(cap))
			.findFirst();
		Integer lowest = withRoom.or(() -> takingReferrals.stream().findFirst())
			.map(member -> held.getOrDefault(member.getUserId(), 0L).intValue())
			.orElse(null);
		String ownLimits = takingReferrals.stream()
			.map(member -> member.getUserId() + " " + held.getOrDefault(member.getUserId(), 0L) + " of "
					+ member.ownLimit(cap))
			.collect(Collectors.joining(", "));
		return new Roster(
				new CaseloadPicture(staff.size(), fullTimeEquivalents, (int) total, lowest, expectedPriorityReferrals,
						withRoom.isPresent(), ownLimits),
				withRoom.map(CaseManager::getUserId).orElse(null), takingReferrals, held, standards);
	}

	/**
	 * The caseloads as a decision reads them: who takes referrals, least loaded first,
	 * and who would take the next participant (least loaded with room under their own
	 * limit).
	 */
	private record Roster(CaseloadPicture picture, String nextCaseManager, List<CaseManager> takingReferrals,
			Map<String, Long> held, CaseloadStandards standards) {

		int load(CaseManager member) {
			return this.held.getOrDefault(member.getUserId(), 0L).intValue();
		}

		Optional<CaseManager> takingReferrals(String userId) {
			return this.takingReferrals.stream().filter(member -> member.getUserId().equals(userId)).findFirst();
		}

	}

	/**
	 * Decides a referral under the caseload lock: reads the caseloads, asks the admission
	 * policy, stores its ruling with the figures it ruled on and, when it accepts, puts
	 * the participant on the least-loaded caseload (an acceptance above the average asks
	 * the supervisors for a staffing review). Joins the caller's transaction, so the lock
	 * holds until the caller commits.
	 */
	@Transactional
	public CapacityDecision decide(long referralId, String priority, AdmissionPolicy policy) {
		Roster roster = lockCaseloads();
		AdmissionRuling ruling = policy.rule(priority, roster.picture(), roster.standards());
		String caseManager = ruling.accepted() ? assign(roster.nextCaseManager(), referralId).getCaseManagerId() : null;
		CapacityDecision decision = this.decisions.save(new CapacityDecision(referralId, priority, roster.picture(),
				ruling, caseManager, this.clock.instant()));
		if (ruling.accepted() && ruling.overAverage()) {
			this.events.publishEvent(new AcceptedAboveAverage(referralId, ruling.reason()));
		}
		return decision;
	}

	@Transactional(readOnly = true)
	public List<CapacityDecision> decisionsOn(long referralId) {
		return this.decisions.findByReferralId(referralId);
	}

	/**
	 * Puts the referral's participant on the caseload of the case manager the roster
	 * names. Call after {@link #lockCaseloads} in the same transaction, once the
	 * admission policy accepted.
	 */
	private CaseloadAssignment assign(String caseManager, long referralId) {
		if (caseManager == null) {
			throw new IllegalStateException("No case manager has room to take referral " + referralId);
		}
		if (this.caseloads.findByReferralIdAndReleasedAtIsNull(referralId).isPresent()) {
			throw new IllegalStateException("Referral " + referralId + " is already on a caseload");
		}
		return this.caseloads.save(new CaseloadAssignment(caseManager, referralId, null, this.clock.instant()));
	}

	/**
	 * The accepted referral's participant is enrolled: the slot the decision took holds
	 * that enrollment from now on. Joins the enrolling transaction.
	 */
	@Transactional
	public void enrolled(long referralId, long enrollmentId) {
		this.caseloads.findByReferralIdAndReleasedAtIsNull(referralId)
			.orElseThrow(() -> new IllegalStateException("Referral " + referralId + " holds no caseload slot"))
			.holdFor(enrollmentId);
	}

	/** The enrollment that holds the accepted referral's slot now, if any. */
	@Transactional(readOnly = true)
	public Optional<Long> enrollmentHoldingSlotOf(long referralId) {
		return this.caseloads.findByReferralIdAndReleasedAtIsNull(referralId).map(CaseloadAssignment::getEnrollmentId);
	}

	/**
	 * A supervisor moves an enrolled participant to another case manager, under the
	 * caseload lock. The admission policy judges whether that caseload has room: the same
	 * rule, at the referral's own priority, as if the target were the only case manager.
	 * @throws NoRoomException when the policy would not put one more on that caseload
	 * (nothing was changed: the caller's other work may go on)
	 */
	@Transactional(noRollbackFor = NoRoomException.class)
	public CaseloadAssignment reassign(long enrollmentId, String toCaseManager, AdmissionPolicy policy) {
		Roster roster = lockCaseloads();
		CaseloadAssignment current = heldSlot(enrollmentId);
		CaseManager target = roster.takingReferrals(toCaseManager)
			.orElseThrow(() -> new NoRoomException(toCaseManager + " has no room: not a case manager on staff who "
					+ "takes participants now (away, or not a case manager)"));
		AdmissionRuling ruling = roomOn(roster, target, priorityOf(current.getReferralId()), policy);
		if (!ruling.accepted()) {
			throw new NoRoomException(toCaseManager + " has no room: " + ruling.reason());
		}
		current.release(this.clock.instant());
		this.events
			.publishEvent(new CaseloadReassigned(current.getReferralId(), current.getCaseManagerId(), toCaseManager));
		return this.caseloads.save(current.on(toCaseManager, this.clock.instant()));
	}

	private CaseloadAssignment heldSlot(long enrollmentId) {
		return this.caseloads.findByEnrollmentIdAndReleasedAtIsNull(enrollmentId)
			.orElseThrow(() -> new IllegalArgumentException("Enrollment " + enrollmentId + " is on no caseload"));
	}

	/**
	 * Moves an enrolled participant to the least-loaded case manager who takes
	 * participants and has room, as the admission policy judges each (their current case
	 * manager left).
	 * @throws NoRoomException when nobody has room
	 */
	@Transactional(noRollbackFor = NoRoomException.class)
	public CaseloadAssignment reassignToLeastLoaded(long enrollmentId, AdmissionPolicy policy) {
		Roster roster = lockCaseloads();
		CaseloadAssignment current = heldSlot(enrollmentId);
		String priority = priorityOf(current.getReferralId());
		String holder = current.getCaseManagerId();
		CaseManager withRoom = roster.takingReferrals()
			.stream()
			.filter(member -> !member.getUserId().equals(holder))
			.filter(member -> roomOn(roster, member, priority, policy).accepted())
			.findFirst()
			.orElseThrow(() -> new NoRoomException("nobody has room (" + roster.picture().ownLimits() + ")"));
		return reassign(enrollmentId, withRoom.getUserId(), policy);
	}

	/**
	 * Frees the enrollment's slot (the stay ended, or a supervisor freed it while the
	 * participant is inactive). A slot already free stays free.
	 */
	@Transactional
	public void release(long enrollmentId) {
		this.caseloads.findByEnrollmentIdAndReleasedAtIsNull(enrollmentId)
			.ifPresent(slot -> slot.release(this.clock.instant()));
	}

	/**
	 * Gives a returning participant a slot again, under the caseload lock: with their
	 * case manager when the admission policy finds room there, else with the least-loaded
	 * case manager who has room, which moves the participant to them as a reassignment
	 * does (CaseloadReassigned). A participant who still holds a slot keeps it.
	 * @throws NoRoomException when no active case manager has room
	 */
	@Transactional
	public CaseloadAssignment reinstate(long enrollmentId, String preferredCaseManager, AdmissionPolicy policy) {
		Roster roster = lockCaseloads();
		CaseloadAssignment last = this.caseloads.findFirstByEnrollmentIdOrderByIdDesc(enrollmentId)
			.orElseThrow(() -> new IllegalArgumentException("Enrollment " + enrollmentId + " never held a slot"));
		if (last.getReleasedAt() == null) {
			return last;
		}
		String priority = priorityOf(last.getReferralId());
		List<CaseManager> candidates = new ArrayList<>(roster.takingReferrals());
		candidates.sort(Comparator.comparing((CaseManager member) -> !member.getUserId().equals(preferredCaseManager)));
		CaseManager withRoom = candidates.stream()
			.filter(member -> roomOn(roster, member, priority, policy).accepted())
			.findFirst()
			.orElseThrow(() -> new NoRoomException("No case manager has room to take back enrollment " + enrollmentId));
		CaseloadAssignment slot = this.caseloads.save(last.on(withRoom.getUserId(), this.clock.instant()));
		if (preferredCaseManager != null && !preferredCaseManager.equals(withRoom.getUserId())) {
			this.events
				.publishEvent(new CaseloadReassigned(last.getReferralId(), preferredCaseManager, withRoom.getUserId()));
		}
		return slot;
	}

	/**
	 * The policy's ruling on one more participant on this caseload, judged alone: under
	 * the case manager's own limit, and within what the table allows any caseload.
	 */
	private AdmissionRuling roomOn(Roster roster, CaseManager member, String priority, AdmissionPolicy policy) {
		int load = roster.load(member);
		CaseloadStandards standards = roster.standards();
		int ownLimit = member.ownLimit(standards.cap());
		return policy.rule(priority, new CaseloadPicture(1, ownLimit / (double) standards.cap(), load, load, 0,
				load < ownLimit, member.getUserId() + " " + load + " of " + ownLimit), standards);
	}

	private String priorityOf(long referralId) {
		return this.decisions.findByReferralId(referralId)
			.stream()
			.map(CapacityDecision::getPriority)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Referral " + referralId + " was never decided"));
	}

	/** Every active case manager's caseload, least loaded first. */
	@Transactional(readOnly = true)
	public List<Caseload> caseloads() {
		return this.caseloads.activeCaseloads();
	}

	/** Every case manager on staff with their caseload, the most loaded first. */
	@Transactional(readOnly = true)
	public List<StaffCaseload> staffCaseloads() {
		Map<String, Long> held = new HashMap<>();
		this.caseloads.activeCaseloads()
			.forEach(caseload -> held.put(caseload.caseManagerId(), caseload.participants()));
		Map<String, Long> intensive = this.intensiveCaseloads.byCaseManager();
		LocalDate today = today();
		int cap = cap();
		return staff().stream()
			.map(member -> new StaffCaseload(member.getUserId(), held.getOrDefault(member.getUserId(), 0L),
					intensive.getOrDefault(member.getUserId(), 0L), member.ownLimit(cap), member.isAwayOn(today),
					member.coverOn(today)))
			.sorted(Comparator.comparingLong(StaffCaseload::participants).reversed())
			.toList();
	}

	/** The capacity decisions made in [from, until). */
	@Transactional(readOnly = true)
	public List<CapacityDecision> decisionsBetween(Instant from, Instant until) {
		return this.decisions.findByDecidedAtGreaterThanEqualAndDecidedAtLessThan(from, until);
	}

	/** The capacity decisions made since then, the oldest first. */
	@Transactional(readOnly = true)
	public List<CapacityDecision> decisionsSince(Instant since) {
		return this.decisions.findByDecidedAtGreaterThanEqualOrderByDecidedAtAsc(since);
	}

	@Transactional(readOnly = true)
	public CaseloadSummary summary() {
		return CaseloadSummary.of(this.caseloads.activeCaseloads(), this.intensiveCaseloads.byCaseManager(),
				roster(0, standards()).picture().fullTimeEquivalents());
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

}
