package org.waypoint.discharge;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DischargePlanRepository extends JpaRepository<DischargePlan, Long> {

	List<DischargePlan> findByParticipantIdOrderByIdAsc(long participantId);

}
