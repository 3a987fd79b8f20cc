package org.waypoint.capacity;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseManagerRepository extends JpaRepository<CaseManager, String> {

	List<CaseManager> findByActiveTrueOrderByUserId();

	List<CaseManager> findByCoveredBy(String coveredBy);

}
