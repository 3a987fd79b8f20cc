package org.waypoint.engagement;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface OutreachEpisodeRepository extends JpaRepository<OutreachEpisode, Long> {

	List<OutreachEpisode> findByParticipantIdOrderByIdDesc(long participantId);

}
