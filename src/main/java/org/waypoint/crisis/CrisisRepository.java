package org.waypoint.crisis;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CrisisRepository extends JpaRepository<Crisis, Long> {

	List<Crisis> findByParticipantIdOrderByReportedAtAsc(long participantId);

	List<Crisis> findByResolvedAtIsNullOrderByReportedAtAsc();

	long countByParticipantIdAndResolvedAtIsNull(long participantId);

}
