package org.waypoint.capacity;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Caseloads and the slots on them. A capacity decision runs in one transaction: lock the
 * caseloads, read the picture, let the admission policy decide, assign. The lock makes
 * decisions taken at the same moment, on any node, follow one another.
 */
@Service
public class CapacityService {

	/** The referral-priority level that is not a priority referral (source 000). */
	public static final String PRETRIAL = "PRETRIAL";

	/**
	 * Until participants have records of their own, a caseload slot names the referral.
	 */
	public static final String REFERRAL_PARTICIPANT_PREFIX = "referral-";

	private final CaseManagerRepository caseManagers;

	private final CaseloadRepository caseloads;

	private final CapacityLockRepository locks;

	private final CapacityDecisionRepository decisions;

	private final IntensiveCaseloads intensiveCaseloads;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final Duration priorityLookBack;

	CapacityService(CaseManagerRepository caseManagers, CaseloadRepository caseloads, CapacityLockRepository locks,
			CapacityDecisionRepository decisions, IntensiveCaseloads intensiveCaseloads, Clock clock,
			ApplicationEventPublisher events,
			@Value("${waypoint.capacity.expected-priority-referrals-look-back}") Duration priorityLookBack) {
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
	 * Makes a staff member a case manager who takes participants. Idempotent: a case
	 * manager already known keeps their state (one set inactive stays inactive).
	 */
	@Transactional
	public CaseManager registerCaseManager(String userId) {
		return this.caseManagers.findById(userId).orElseGet(() -> this.caseManagers.save(new CaseManager(userId)));
	}

	/**
	 * Locks the caseloads for the rest of the calling transaction and returns them as
	 * they are now. Must run inside the transaction that will decide, so the picture
	 * cannot go stale. The priority referrals expected ahead are those of the look-back
	 * window behind ({@code waypoint.capacity.expected-priority-referrals-look-back}).
	 */
	private CaseloadPicture lockCaseloads() {
		this.locks.lockById(CapacityLock.ID)
			.orElseThrow(() -> new IllegalStateException("The capacity lock row is missing (V2__caseloads.sql)"));
		List<Caseload> active = this.caseloads.activeCaseloads();
		long total = active.stream().mapToLong(Caseload::participants).sum();
		Integer lowest = active.isEmpty() ? null : (int) active.get(0).participants();
		int expectedPriorityReferrals = (int) this.decisions.countByPriorityNotAndDecidedAtAfter(PRETRIAL,
				this.clock.instant().minus(this.priorityLookBack));
		return new CaseloadPicture(active.size(), (int) total, lowest, expectedPriorityReferrals);
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
		CaseloadPicture picture = lockCaseloads();
		AdmissionRuling ruling = policy.rule(priority, picture);
		String caseManager = ruling.accepted()
				? assignToLeastLoaded(REFERRAL_PARTICIPANT_PREFIX + referralId).getCaseManagerId() : null;
		CapacityDecision decision = this.decisions
			.save(new CapacityDecision(referralId, priority, picture, ruling, caseManager, this.clock.instant()));
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
	 * Puts the participant on the least-loaded active case manager's caseload. Call after
	 * {@link #lockCaseloads} in the same transaction, once the admission policy accepted.
	 */
	private CaseloadAssignment assignToLeastLoaded(String participantRef) {
		if (this.caseloads.findByParticipantRefAndReleasedAtIsNull(participantRef).isPresent()) {
			throw new IllegalStateException("Participant " + participantRef + " is already on a caseload");
		}
		Caseload leastLoaded = this.caseloads.activeCaseloads()
			.stream()
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No case manager is active to take " + participantRef));
		return this.caseloads
			.save(new CaseloadAssignment(leastLoaded.caseManagerId(), participantRef, this.clock.instant()));
	}

	/**
	 * A supervisor moves a referral's participant to another case manager, under the
	 * caseload lock. The admission policy judges whether that caseload has room: the same
	 * rule, at the referral's own priority, as if the target were the only case manager.
	 * @throws NoRoomException when the policy would not put one more on that caseload
	 */
	@Transactional
	public CaseloadAssignment reassign(long referralId, String toCaseManager, AdmissionPolicy policy) {
		lockCaseloads();
		String participantRef = REFERRAL_PARTICIPANT_PREFIX + referralId;
		CaseloadAssignment current = this.caseloads.findByParticipantRefAndReleasedAtIsNull(participantRef)
			.orElseThrow(() -> new IllegalArgumentException("Referral " + referralId + " is on no caseload"));
		Caseload target = this.caseloads.activeCaseloads()
			.stream()
			.filter(caseload -> caseload.caseManagerId().equals(toCaseManager))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(toCaseManager + " is not an active case manager"));
		AdmissionRuling ruling = roomOn(target, priorityOf(referralId), policy);
		if (!ruling.accepted()) {
			throw new NoRoomException(toCaseManager + " has no room: " + ruling.reason());
		}
		current.release(this.clock.instant());
		this.events.publishEvent(new CaseloadReassigned(referralId, current.getCaseManagerId(), toCaseManager));
		return this.caseloads.save(new CaseloadAssignment(toCaseManager, participantRef, this.clock.instant()));
	}

	/**
	 * Frees the slot of the referral's participant (their stay ended, or a supervisor
	 * freed it while they are inactive). A slot already free stays free.
	 */
	@Transactional
	public void release(long referralId) {
		this.caseloads.findByParticipantRefAndReleasedAtIsNull(REFERRAL_PARTICIPANT_PREFIX + referralId)
			.ifPresent(slot -> slot.release(this.clock.instant()));
	}

	/**
	 * Gives a returning participant a slot again, under the caseload lock: with their
	 * case manager when the admission policy finds room there, else with the least-loaded
	 * case manager who has room. A participant who still holds a slot keeps it.
	 * @throws NoRoomException when no active case manager has room
	 */
	@Transactional
	public CaseloadAssignment reinstate(long referralId, String preferredCaseManager, AdmissionPolicy policy) {
		lockCaseloads();
		String participantRef = REFERRAL_PARTICIPANT_PREFIX + referralId;
		Optional<CaseloadAssignment> held = this.caseloads.findByParticipantRefAndReleasedAtIsNull(participantRef);
		if (held.isPresent()) {
			return held.get();
		}
		String priority = priorityOf(referralId);
		List<Caseload> candidates = new ArrayList<>(this.caseloads.activeCaseloads());
		candidates
			.sort(Comparator.comparing((Caseload caseload) -> !caseload.caseManagerId().equals(preferredCaseManager)));
		Caseload withRoom = candidates.stream()
			.filter(caseload -> roomOn(caseload, priority, policy).accepted())
			.findFirst()
			.orElseThrow(() -> new NoRoomException("No case manager has room to take back " + participantRef));
		return this.caseloads
			.save(new CaseloadAssignment(withRoom.caseManagerId(), participantRef, this.clock.instant()));
	}

	/** The policy's ruling on one more participant on this caseload, judged alone. */
	private static AdmissionRuling roomOn(Caseload caseload, String priority, AdmissionPolicy policy) {
		int load = (int) caseload.participants();
		return policy.rule(priority, new CaseloadPicture(1, load, load, 0));
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

	@Transactional(readOnly = true)
	public CaseloadSummary summary() {
		return CaseloadSummary.of(this.caseloads.activeCaseloads(), this.intensiveCaseloads.byCaseManager());
	}

}
