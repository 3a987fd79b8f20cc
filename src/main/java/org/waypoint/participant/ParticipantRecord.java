package org.waypoint.participant;

import java.util.List;

/** A participant with their enrollments, as staff read the record. */
public record ParticipantRecord(Participant participant, List<Enrollment> enrollments) {

}
