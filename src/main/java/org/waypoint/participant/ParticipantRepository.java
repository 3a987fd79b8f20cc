package org.waypoint.participant;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ParticipantRepository extends JpaRepository<Participant, Long> {

	List<Participant> findByExternalId(String externalId);

	List<Participant> findByFirstNameIgnoreCaseAndLastNameIgnoreCaseAndDateOfBirth(String firstName, String lastName,
			LocalDate dateOfBirth);

	List<Participant> findByStatusIn(Collection<ParticipantStatus> statuses);

	List<Participant> findByCaseManagerIdInAndStatusIn(Collection<String> caseManagerIds,
			Collection<ParticipantStatus> statuses);

	List<Participant> findByServiceModelInAndStatusIn(Collection<String> serviceModels,
			Collection<ParticipantStatus> statuses);

}
