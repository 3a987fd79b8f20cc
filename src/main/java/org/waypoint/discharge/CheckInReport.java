package org.waypoint.discharge;

import jakarta.validation.constraints.Size;
import org.waypoint.discharge.CheckIn.ProviderEngagement;
import org.waypoint.handoff.HandoffTerms.ConfirmedWith;
import org.waypoint.handoff.ServiceType;

/**
 * What a follow-up check-in found.
 *
 * @param provider the new provider asked about engagement, when {@code confirmedWith} is
 * the provider
 */
public record CheckInReport(boolean reached, ProviderEngagement providerEngaged, ConfirmedWith confirmedWith,
		ServiceType provider, boolean crisis, @Size(max = 2000) String note) {

}
