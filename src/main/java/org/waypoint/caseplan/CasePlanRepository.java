package org.waypoint.caseplan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CasePlanRepository extends JpaRepository<CasePlan, Long> {

	Optional<CasePlan> findFirstByParticipantIdOrderByVersionDesc(long participantId);

	Optional<CasePlan> findFirstByParticipantIdAndStatusOrderByVersionDesc(long participantId, PlanStatus status);

	List<CasePlan> findByParticipantIdOrderByVersionAsc(long participantId);

}
