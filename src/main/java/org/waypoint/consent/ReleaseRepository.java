package org.waypoint.consent;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReleaseRepository extends JpaRepository<Release, Long> {

	List<Release> findByParticipantIdOrderByIdAsc(long participantId);

	List<Release> findByRevokedAtIsNullAndSupersededByIsNullAndExpiresOnBetweenOrderByExpiresOnAsc(LocalDate from,
			LocalDate until);

	List<Release> findByParticipantIdAndParty(long participantId, ReleaseParty party);

}
