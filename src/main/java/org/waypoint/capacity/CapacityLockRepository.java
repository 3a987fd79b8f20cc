package org.waypoint.capacity;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CapacityLockRepository extends JpaRepository<CapacityLock, Integer> {

	/** select ... for update: held until the deciding transaction ends, on any node. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select l from CapacityLock l where l.id = :id")
	Optional<CapacityLock> lockById(Integer id);

}
