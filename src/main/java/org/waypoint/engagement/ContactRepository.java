package org.waypoint.engagement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContactRepository extends JpaRepository<Contact, Long> {

	List<Contact> findByParticipantIdOrderByOccurredAtDesc(long participantId);

	@Query("""
			select new org.waypoint.engagement.ContactTally(c.participantId, count(c),
			    sum(case when c.place = org.waypoint.engagement.ContactPlace.FIELD then 1 else 0 end))
			from Contact c
			where c.withParticipant = true and c.occurredAt >= :from and c.occurredAt < :until
			group by c.participantId""")
	List<ContactTally> talliesBetween(Instant from, Instant until);

	@Query("select new org.waypoint.engagement.LastSeen(c.participantId, max(c.occurredAt)) from Contact c where c.withParticipant = true group by c.participantId")
	List<LastSeen> lastWithEveryone();

	@Query("select max(c.occurredAt) from Contact c where c.participantId = :participantId and c.withParticipant = true")
	Optional<Instant> lastWithParticipant(long participantId);

}
