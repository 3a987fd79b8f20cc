package org.waypoint.lifecycle.process;

import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.Variables.DOOR;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.Variables.ENROLLMENT_END;
import static org.waypoint.lifecycle.process.ParticipantLifecycleProcess.Variables.REFERRER_TOLD;
import static org.waypoint.platform.ProcessIds.PARTICIPANT_ID;

import java.util.EnumSet;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.waypoint.consent.ConsentService;
import org.waypoint.consent.DisclosureRequest;
import org.waypoint.consent.DisclosureScope;
import org.waypoint.consent.ReleaseParty;
import org.waypoint.platform.access.Actors;
import org.waypoint.referral.Door;

/**
 * What the referrer hears when the stay ends, as far as the participant's releases allow.
 */
@Component("referrerUpdate")
public class ReferrerUpdate {

	private final ConsentService consentService;

	ReferrerUpdate(ConsentService consentService) {
		this.consentService = consentService;
	}

	/**
	 * Tells the referrer how the stay ended where the participant's release for them
	 * covers participation: the court or prosecutor liaison for pretrial referrals, the
	 * referring agency otherwise. Told or not, the attempt is recorded; the result is
	 * left in referrerTold.
	 */
	public void howTheStayEnded(DelegateExecution execution) {
		ReleaseParty referrer = Door.PRETRIAL_DIVERSION.name().equals(execution.getVariable(DOOR))
				? ReleaseParty.COURT_PROSECUTOR_LIAISON : ReleaseParty.REFERRING_AGENCY;
		boolean told = this.consentService
			.disclose(new DisclosureRequest(PARTICIPANT_ID.from(execution), referrer,
					EnumSet.of(DisclosureScope.PARTICIPATION), "The referral's outcome",
					"Enrollment ended: " + execution.getVariable(ENROLLMENT_END)), Actors.current(execution))
			.allowed();
		execution.setVariable(REFERRER_TOLD, told);
	}

}
