package org.waypoint.program;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.waypoint.program.CaseloadsNow.DoorDecisions;

/**
 * The program's fidelity and outcomes month by month, each share with the case numbers
 * behind it.
 *
 * @param caseManager only this case manager's participants, when given (the capacity
 * decisions are the program's in any case)
 */
public record Fidelity(YearMonth from, YearMonth to, String caseManager, List<Month> months) {

	/**
	 * One month's figures.
	 *
	 * @param intakeByDoor time from referral to intake, for intakes completed that month
	 * @param contacts contacts with participants that month
	 * @param handoffsEngaged warm handoffs closed that month that engaged (phone
	 * referrals are not warm handoffs, and do not count: source 003)
	 * @param followUpsReached by check-in day, check-ins settled that month that reached
	 * the person
	 * @param crisesAnsweredInTime crises reported that month answered within the response
	 * time
	 * @param averageWentAboveLimit a referral was accepted that month with the average
	 * above the policy average (a priority referral, in the room kept up to the cap)
	 */
	public record Month(YearMonth month, List<IntakeTiming> intakeByDoor, Contacts contacts, Share handoffsEngaged,
			Map<Integer, Share> followUpsReached, Share crisesAnsweredInTime, List<DoorDecisions> decisionsByDoor,
			boolean averageWentAboveLimit) {
	}

	/**
	 * @param medianDays the middle intake's days from referral (the mean of the two
	 * middle ones for an even count)
	 * @param p90Days the 90th percentile, nearest rank
	 * @param withinWindow intakes within the door's intake window
	 */
	public record IntakeTiming(String door, int intakes, double medianDays, double p90Days, Share withinWindow) {
	}

	/**
	 * @param participants participants enrolled at some time that month
	 * @param perParticipantPerWeek contacts with the participant, per participant and
	 * week of the month (so far, for the current month)
	 * @param inTheField contacts made in the field (source 000: case management is not
	 * office-based)
	 */
	@Schema(name = "FidelityContacts", description = "A month's contacts (the case file's Contacts is another schema)")
	public record Contacts(int participants, int contacts, double perParticipantPerWeek, Share inTheField) {
	}

	/**
	 * @param share count / of, null when there is nothing to count
	 * @param caseNumbers the participants behind {@code of}
	 */
	public record Share(int count, int of, Double share, List<String> caseNumbers) {
	}

}
