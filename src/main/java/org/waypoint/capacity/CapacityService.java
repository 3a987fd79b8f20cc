package org.waypoint.capacity;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Caseloads and the slots on them. A capacity decision runs in one transaction: lock the
 * caseloads, read the picture, let the admission policy decide, assign. The lock makes
 * decisions taken at the same moment, on any node, follow one another.
 */
@Service
public class CapacityService {

	private final CaseManagerRepository caseManagers;

	private final CaseloadRepository caseloads;

	private final CapacityLockRepository locks;

	private final Clock clock;

	CapacityService(CaseManagerRepository caseManagers, CaseloadRepository caseloads, CapacityLockRepository locks,
			Clock clock) {
		this.caseManagers = caseManagers;
		this.caseloads = caseloads;
		this.locks = locks;
		this.clock = clock;
	}

	/** Makes a staff member a case manager who takes participants (idempotent). */
	@Transactional
	public CaseManager registerCaseManager(String userId) {
		return this.caseManagers.findById(userId).orElseGet(() -> this.caseManagers.save(new CaseManager(userId)));
	}

	/**
	 * Locks the caseloads for the rest of the calling transaction and returns them as
	 * they are now. Must run inside the transaction that will assign, so the picture
	 * cannot go stale.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public CaseloadPicture lockCaseloads(int expectedPriorityReferrals) {
		this.locks.lockById(CapacityLock.ID)
			.orElseThrow(() -> new IllegalStateException("The capacity lock row is missing (V2__caseloads.sql)"));
		List<Caseload> active = this.caseloads.activeCaseloads();
		long total = active.stream().mapToLong(Caseload::participants).sum();
		Integer lowest = active.isEmpty() ? null : (int) active.get(0).participants();
		return new CaseloadPicture(active.size(), (int) total, lowest, expectedPriorityReferrals);
	}

	/**
	 * Puts the participant on the least-loaded active case manager's caseload. Call after
	 * {@link #lockCaseloads} in the same transaction, once the admission policy accepted.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public CaseloadAssignment assignToLeastLoaded(String participantRef) {
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

	/** Frees the participant's slot at once (discharge, early exit). */
	@Transactional
	public void release(String participantRef) {
		this.caseloads.findByParticipantRefAndReleasedAtIsNull(participantRef)
			.ifPresent(assignment -> assignment.release(this.clock.instant()));
	}

	/** Every active case manager's caseload, least loaded first. */
	@Transactional(readOnly = true)
	public List<Caseload> caseloads() {
		return this.caseloads.activeCaseloads();
	}

}
