package org.waypoint.assessment;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

	Optional<Assessment> findFirstByParticipantIdAndCompletedAtIsNotNullOrderByIdDesc(long participantId);

	Optional<Assessment> findFirstByParticipantIdAndCaseManagerPartAtIsNotNullOrderByIdDesc(long participantId);

}
