package org.waypoint.discharge;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CheckInRepository extends JpaRepository<CheckIn, Long> {

	List<CheckIn> findByFollowUpIdOrderByIdAsc(long followUpId);

	long countByFollowUpIdAndDay(long followUpId, int day);

	@Query("""
			select new org.waypoint.discharge.SettledCheckIn(f.participantId, c.day, c.reached, c.recordedAt)
			from CheckIn c join FollowUp f on f.id = c.followUpId
			where c.recordedAt >= :from and c.recordedAt < :until and (c.reached = true or c.attempt >= :lastAttempt)""")
	List<SettledCheckIn> settledBetween(Instant from, Instant until, int lastAttempt);

	/** The latest check-in of each follow-up still open. */
	@Query("""
			select c from CheckIn c
			where c.id in (select max(l.id) from CheckIn l join FollowUp f on f.id = l.followUpId
			               where f.closedAt is null group by l.followUpId)
			order by c.followUpId""")
	List<CheckIn> latestOfOpenFollowUps();

}
