package org.waypoint.discharge;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CheckInRepository extends JpaRepository<CheckIn, Long> {

	List<CheckIn> findByFollowUpIdOrderByIdAsc(long followUpId);

	long countByFollowUpIdAndDay(long followUpId, int day);

	List<CheckIn> findByRecordedAtGreaterThanEqualAndRecordedAtLessThan(Instant from, Instant until);

}
