package org.waypoint.participant;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.waypoint.capacity.IntensiveCaseloads;

/**
 * Counts the enrolled participants whose assessment placed them in an intensive service
 * model (a site setting: ACT, forensic ACT and integrated dual disorder by default).
 */
@Component
class IntensiveParticipants implements IntensiveCaseloads {

	private final ParticipantRepository participants;

	private final List<String> intensiveServiceModels;

	IntensiveParticipants(ParticipantRepository participants,
			@Value("${waypoint.capacity.intensive-service-models}") List<String> intensiveServiceModels) {
		this.participants = participants;
		this.intensiveServiceModels = List.copyOf(intensiveServiceModels);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Long> byCaseManager() {
		return this.participants
			.findByServiceModelInAndStatusIn(this.intensiveServiceModels, ParticipantStatus.enrolled())
			.stream()
			.collect(Collectors.groupingBy(Participant::getCaseManagerId, Collectors.counting()));
	}

}
