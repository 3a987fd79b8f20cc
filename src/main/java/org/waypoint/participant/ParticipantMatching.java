package org.waypoint.participant;

import java.util.stream.Stream;

import org.springframework.stereotype.Component;

/**
 * Finds the participant records a person may be: the same external id, or the same name
 * and date of birth (names compared without case).
 */
@Component
class ParticipantMatching {

	private final ParticipantRepository participants;

	ParticipantMatching(ParticipantRepository participants) {
		this.participants = participants;
	}

	Stream<Participant> matching(PersonDetails person) {
		Stream<Participant> byExternalId = (person.externalId() == null || person.externalId().isBlank())
				? Stream.empty() : this.participants.findByExternalId(person.externalId()).stream();
		Stream<Participant> byNameAndBirth = (person.dateOfBirth() == null) ? Stream.empty()
				: this.participants
					.findByFirstNameIgnoreCaseAndLastNameIgnoreCaseAndDateOfBirth(person.firstName().strip(),
							person.lastName().strip(), person.dateOfBirth())
					.stream();
		return Stream.concat(byExternalId, byNameAndBirth).distinct();
	}

}
