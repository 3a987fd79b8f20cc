package org.waypoint.engagement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContactRepository extends JpaRepository<Contact, Long> {

	List<Contact> findByParticipantIdOrderByOccurredAtDesc(long participantId);

	List<Contact> findByOccurredAtGreaterThanEqualAndOccurredAtLessThan(Instant from, Instant until);

	@Query("select max(c.occurredAt) from Contact c where c.participantId = :participantId and c.withParticipant = true")
	Optional<Instant> lastWithParticipant(long participantId);

}
