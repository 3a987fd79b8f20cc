package org.waypoint.capacity;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseManagerRepository extends JpaRepository<CaseManager, String> {

}
