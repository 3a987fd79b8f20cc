package org.waypoint.participant;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EnrollmentRepository extends JpaRepository<Enrollment, Long> {

	Optional<Enrollment> findByReferralId(long referralId);

	Optional<Enrollment> findByCaseNumber(String caseNumber);

	Optional<Enrollment> findFirstByParticipantIdOrderByIdDesc(long participantId);

	List<Enrollment> findByParticipantIdOrderByIdAsc(long participantId);

	List<Enrollment> findByIntakeCompletedAtGreaterThanEqualAndIntakeCompletedAtLessThan(Instant from, Instant until);

	@Query("select e from Enrollment e where e.enrolledAt < :until and (e.endedAt is null or e.endedAt > :from)")
	List<Enrollment> overlapping(@Param("from") Instant from, @Param("until") Instant until);

}
