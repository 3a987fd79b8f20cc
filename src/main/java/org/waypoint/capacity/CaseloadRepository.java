package org.waypoint.capacity;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseloadRepository extends JpaRepository<CaseloadAssignment, Long> {

	/**
	 * Each active case manager with the number of participants they hold, least loaded
	 * first.
	 */
	@Query("""
			select new org.waypoint.capacity.Caseload(m.userId, count(a.id))
			from CaseManager m left join CaseloadAssignment a
			  on a.caseManagerId = m.userId and a.releasedAt is null
			where m.active = true
			group by m.userId
			order by count(a.id), m.userId""")
	List<Caseload> activeCaseloads();

	Optional<CaseloadAssignment> findByEnrollmentIdAndReleasedAtIsNull(long enrollmentId);

	Optional<CaseloadAssignment> findByReferralIdAndReleasedAtIsNull(long referralId);

	/** The enrollment's latest slot, held or released. */
	Optional<CaseloadAssignment> findFirstByEnrollmentIdOrderByIdDesc(long enrollmentId);

	List<CaseloadAssignment> findByCaseManagerIdAndReleasedAtIsNull(String caseManagerId);

	/**
	 * The slots released in [from, until): stays that ended, and moves to another
	 * caseload.
	 */
	List<CaseloadAssignment> findByReleasedAtGreaterThanEqualAndReleasedAtLessThan(Instant from, Instant until);

	List<CaseloadAssignment> findByReferralIdIn(Collection<Long> referralIds);

}
