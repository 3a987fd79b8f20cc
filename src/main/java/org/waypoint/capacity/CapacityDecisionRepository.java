package org.waypoint.capacity;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CapacityDecisionRepository extends JpaRepository<CapacityDecision, Long> {

	long countByPriorityNotAndDecidedAtAfter(String priority, Instant since);

	List<CapacityDecision> findByReferralId(long referralId);

	List<CapacityDecision> findByDecidedAtGreaterThanEqualOrderByDecidedAtAsc(Instant since);

	List<CapacityDecision> findByDecidedAtGreaterThanEqualAndDecidedAtLessThan(Instant from, Instant until);

}
