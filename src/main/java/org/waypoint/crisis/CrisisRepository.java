package org.waypoint.crisis;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CrisisRepository extends JpaRepository<Crisis, Long> {

	List<Crisis> findByParticipantIdOrderByReportedAtAsc(long participantId);

	List<Crisis> findByResolvedAtIsNullOrderByReportedAtAsc();

	List<Crisis> findByReportedAtGreaterThanEqualAndReportedAtLessThan(Instant from, Instant until);

	long countByParticipantIdAndResolvedAtIsNull(long participantId);

}
