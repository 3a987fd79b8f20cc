package org.waypoint.handoff;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface HandoffRepository extends JpaRepository<Handoff, Long> {

	List<Handoff> findByParticipantIdOrderByIdAsc(long participantId);

	List<Handoff> findByOutcomeIsNotNull();

	List<Handoff> findByClosedAtGreaterThanEqualAndClosedAtLessThan(Instant from, Instant until);

}
