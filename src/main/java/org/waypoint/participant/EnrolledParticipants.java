package org.waypoint.participant;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.waypoint.referral.ActiveParticipants;
import org.waypoint.referral.NewReferral;

/** Tells screening which referral an enrolled participant came in under. */
@Component
class EnrolledParticipants implements ActiveParticipants {

	private final ParticipantMatching matching;

	private final EnrollmentRepository enrollments;

	EnrolledParticipants(ParticipantMatching matching, EnrollmentRepository enrollments) {
		this.matching = matching;
		this.enrollments = enrollments;
	}

	@Override
	public Optional<Long> enrolledUnder(NewReferral person) {
		return this.matching
			.matching(
					new PersonDetails(person.firstName(), person.lastName(), person.dateOfBirth(), person.externalId()))
			.filter(participant -> participant.getStatus().isEnrolled())
			.findFirst()
			.flatMap(participant -> this.enrollments.findFirstByParticipantIdOrderByIdDesc(participant.getId()))
			.map(Enrollment::getReferralId);
	}

}
