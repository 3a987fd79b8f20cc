package org.waypoint.participant.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.waypoint.participant.Enrollment;
import org.waypoint.participant.EnrollmentEnd;
import org.waypoint.participant.Participant;
import org.waypoint.participant.ParticipantRecord;
import org.waypoint.participant.ParticipantStatus;

/** A participant's record as staff read it. */
record ParticipantView(long id, String firstName, String lastName, LocalDate dateOfBirth, String externalId,
		ParticipantStatus status, Instant statusSince, String caseManager, String serviceModel,
		Integer contactEveryDays, Instant inTheWindSince, boolean crisisOpen, List<EnrollmentView> enrollments) {

	record EnrollmentView(String caseNumber, long referralId, String door, Instant enrolledAt,
			Instant intakeCompletedAt, Instant endedAt, EnrollmentEnd endReason) {

		static EnrollmentView of(Enrollment enrollment) {
			return new EnrollmentView(enrollment.getCaseNumber(), enrollment.getReferralId(), enrollment.getDoor(),
					enrollment.getEnrolledAt(), enrollment.getIntakeCompletedAt(), enrollment.getEndedAt(),
					enrollment.getEndReason());
		}

	}

	static ParticipantView of(ParticipantRecord record) {
		Participant participant = record.participant();
		return new ParticipantView(participant.getId(), participant.getFirstName(), participant.getLastName(),
				participant.getDateOfBirth(), participant.getExternalId(), participant.getStatus(),
				participant.getStatusSince(), participant.getCaseManagerId(), participant.getServiceModel(),
				participant.getContactEveryDays(), participant.getInTheWindSince(), participant.isCrisisOpen(),
				record.enrollments().stream().map(EnrollmentView::of).toList());
	}

}
