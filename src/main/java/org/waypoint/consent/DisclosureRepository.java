package org.waypoint.consent;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DisclosureRepository extends JpaRepository<Disclosure, Long> {

	List<Disclosure> findByParticipantIdOrderByAttemptedAtAsc(long participantId);

	List<Disclosure> findByPartyAndAllowedTrueOrderByAttemptedAtDesc(ReleaseParty party);

}
