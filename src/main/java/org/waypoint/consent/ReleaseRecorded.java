package org.waypoint.consent;

import java.time.LocalDate;

/** Published when a release is recorded (or renewed): its renewal is scheduled. */
public record ReleaseRecorded(long releaseId, long participantId, ReleaseParty party, LocalDate expiresOn) {

}
