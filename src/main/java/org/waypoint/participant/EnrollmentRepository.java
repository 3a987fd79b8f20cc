package org.waypoint.participant;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EnrollmentRepository extends JpaRepository<Enrollment, Long> {

	Optional<Enrollment> findByReferralId(long referralId);

	Optional<Enrollment> findByCaseNumber(String caseNumber);

	Optional<Enrollment> findFirstByParticipantIdOrderByIdDesc(long participantId);

	List<Enrollment> findByParticipantIdOrderByIdAsc(long participantId);

}
