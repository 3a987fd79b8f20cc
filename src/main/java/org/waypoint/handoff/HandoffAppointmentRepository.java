package org.waypoint.handoff;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface HandoffAppointmentRepository extends JpaRepository<HandoffAppointment, Long> {

	Optional<HandoffAppointment> findFirstByHandoffIdOrderByIdDesc(long handoffId);

}
