package org.waypoint.engagement;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface IntakeRecordRepository extends JpaRepository<IntakeRecord, Long> {

	Optional<IntakeRecord> findFirstByParticipantIdOrderByIdDesc(long participantId);

}
