package org.waypoint.program;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.waypoint.program.Fidelity.Month;
import org.waypoint.program.Fidelity.Share;

/**
 * One figure of one month, flat, for a spreadsheet.
 *
 * @param group the door, or the check-in day, the figure is about (empty: the program)
 * @param value a figure that is not a share (days, contacts per week, accepted...)
 * @param caseNumbers the participants behind the figure, separated by spaces
 */
public record FidelityLine(YearMonth month, String figure, String group, Integer count, Integer of, Double share,
		Double value, String caseNumbers) {

	public static List<FidelityLine> of(Fidelity fidelity) {
		List<FidelityLine> lines = new ArrayList<>();
		for (Month month : fidelity.months()) {
			YearMonth at = month.month();
			month.intakeByDoor().forEach(door -> {
				lines.add(value(at, "intake: median days from referral", door.door(), door.medianDays()));
				lines.add(value(at, "intake: 90th percentile days from referral", door.door(), door.p90Days()));
				lines.add(share(at, "intake within the window", door.door(), door.withinWindow()));
			});
			lines.add(value(at, "contacts per participant per week", "", month.contacts().perParticipantPerWeek()));
			lines.add(share(at, "contacts in the field", "", month.contacts().inTheField()));
			lines.add(share(at, "warm handoffs engaged", "", month.handoffsEngaged()));
			month.followUpsReached()
				.forEach((day, reached) -> lines.add(share(at, "follow-up reached", "day " + day, reached)));
			lines.add(share(at, "crises answered within the response time", "", month.crisesAnsweredInTime()));
			month.decisionsByDoor().forEach(door -> {
				lines.add(value(at, "referrals accepted", door.door(), door.accepted()));
				lines.add(value(at, "referrals declined", door.door(), door.declined()));
			});
			lines.add(value(at, "average above the policy average", "", month.averageWentAboveLimit() ? 1 : 0));
		}
		return lines;
	}

	private static FidelityLine value(YearMonth month, String figure, String group, double value) {
		return new FidelityLine(month, figure, group, null, null, null, value, "");
	}

	private static FidelityLine share(YearMonth month, String figure, String group, Share share) {
		return new FidelityLine(month, figure, group, share.count(), share.of(), share.share(), null,
				String.join(" ", share.caseNumbers()));
	}

}
