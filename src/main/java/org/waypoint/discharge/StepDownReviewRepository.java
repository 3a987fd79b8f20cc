package org.waypoint.discharge;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StepDownReviewRepository extends JpaRepository<StepDownReview, Long> {

	List<StepDownReview> findByParticipantIdOrderByIdAsc(long participantId);

}
