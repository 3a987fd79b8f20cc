package org.waypoint.engagement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SightingRepository extends JpaRepository<Sighting, Long> {

	@Query("select max(s.seenAt) from Sighting s where s.participantId = :participantId")
	Optional<Instant> lastSeen(long participantId);

	@Query("select new org.waypoint.engagement.LastSeen(s.participantId, max(s.seenAt)) from Sighting s group by s.participantId")
	List<LastSeen> lastSeenOfEveryone();

}
