package org.waypoint.engagement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutreachAttemptRepository extends JpaRepository<OutreachAttempt, Long> {

	List<OutreachAttempt> findByEpisodeIdOrderByAttemptNumberAsc(long episodeId);

	List<OutreachAttempt> findByParticipantIdOrderByAttemptedAtDesc(long participantId);

	long countByEpisodeId(long episodeId);

	@Query("select max(a.attemptedAt) from OutreachAttempt a where a.participantId = :participantId and a.located = true")
	Optional<Instant> lastLocated(long participantId);

	@Query("select new org.waypoint.engagement.LastSeen(a.participantId, max(a.attemptedAt)) from OutreachAttempt a where a.located = true group by a.participantId")
	List<LastSeen> lastLocatedOfEveryone();

}
