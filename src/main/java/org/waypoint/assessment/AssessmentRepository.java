package org.waypoint.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

	Optional<Assessment> findFirstByParticipantIdAndCompletedAtIsNotNullOrderByIdDesc(long participantId);

	Optional<Assessment> findFirstByParticipantIdAndCaseManagerPartAtIsNotNullOrderByIdDesc(long participantId);

	/** The latest completed assessment of each of these participants. */
	@Query("""
			select a from Assessment a
			where a.participantId in :participantIds and a.completedAt is not null
			  and a.id = (select max(b.id) from Assessment b
			              where b.participantId = a.participantId and b.completedAt is not null)""")
	List<Assessment> latestCompletedOf(Collection<Long> participantIds);

}
