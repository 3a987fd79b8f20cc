package org.waypoint.capacity;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface PolicyChangeRepository extends JpaRepository<PolicyChange, Long> {

	List<PolicyChange> findByDeployedAtIsNotNullOrderByDeployedAtDesc();

	/** Locked: two administrators deploying the same preview deploy it once. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<PolicyChange> findLockedById(long id);

}
