package org.waypoint.participant;

import java.time.Instant;
import java.util.List;
import java.util.Set;
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

	/** Every participant's latest enrollment, in one query for reports over everyone. */
	@Query("select e from Enrollment e where e.id in (select max(l.id) from Enrollment l group by l.participantId)")
	List<Enrollment> latestOfEveryone();

	@Query("select new org.waypoint.participant.CaseNumber(e.participantId, e.caseNumber) from Enrollment e where e.id in (select max(l.id) from Enrollment l group by l.participantId)")
	List<CaseNumber> caseNumbersOfEveryone();

	@Query("select distinct e.participantId from Enrollment e where e.enrolledAt < :until and (e.endedAt is null or e.endedAt > :from)")
	Set<Long> participantsEnrolledBetween(@Param("from") Instant from, @Param("until") Instant until);

}
