package org.waypoint.participant;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ParticipantRepository extends JpaRepository<Participant, Long> {

	List<Participant> findByExternalId(String externalId);

	List<Participant> findByFirstNameIgnoreCaseAndLastNameIgnoreCaseAndDateOfBirth(String firstName, String lastName,
			LocalDate dateOfBirth);

	List<Participant> findByStatusIn(Collection<ParticipantStatus> statuses);

	List<Participant> findByCaseManagerIdInAndStatusIn(Collection<String> caseManagerIds,
			Collection<ParticipantStatus> statuses);

	@Query("select p.id from Participant p where p.caseManagerId = :caseManagerId")
	Set<Long> idsHeldBy(@Param("caseManagerId") String caseManagerId);

	List<Participant> findByServiceModelInAndStatusIn(Collection<String> serviceModels,
			Collection<ParticipantStatus> statuses);

}
