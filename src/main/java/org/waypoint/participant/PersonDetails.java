package org.waypoint.participant;

import java.time.LocalDate;

/** Who the person is, as the referral named them. */
public record PersonDetails(String firstName, String lastName, LocalDate dateOfBirth, String externalId) {

}
