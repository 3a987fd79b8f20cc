package org.waypoint.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/** "My participants" puts first whoever needs the team first. */
class CaseloadOrderTest {

	private static final Instant NOW = Instant.parse("2027-03-01T07:30:00Z");

	@Test
	void crisisThenOverdueContactThenLongestInTheWindThenIntakeDueThenNextContact() {
		List<CaseloadRow> expected = List.of(row("crisis", true, NOW.plusSeconds(3600), false, null, null),
				row("overdue longest", false, NOW.minusSeconds(7200), true, null, null),
				row("overdue", false, NOW.minusSeconds(60), true, null, null),
				row("in the wind longest", false, NOW.minusSeconds(90_000), true, NOW.minusSeconds(900_000), null),
				row("in the wind", false, NOW.minusSeconds(80_000), true, NOW.minusSeconds(100_000), null),
				row("intake due soon", false, NOW.plusSeconds(3600), false, null, NOW.plusSeconds(86_400)),
				row("intake due later", false, NOW.plusSeconds(60), false, null, NOW.plusSeconds(864_000)),
				row("next contact tomorrow", false, NOW.plusSeconds(86_400), false, null, null),
				row("next contact next week", false, NOW.plusSeconds(604_800), false, null, null));
		List<CaseloadRow> shuffled = new ArrayList<>(expected);
		Collections.reverse(shuffled);

		shuffled.sort(CaseloadRow.MOST_IN_NEED_FIRST);

		assertThat(shuffled).extracting(CaseloadRow::name)
			.containsExactlyElementsOf(expected.stream().map(CaseloadRow::name).toList());
	}

	private static CaseloadRow row(String name, boolean crisis, Instant nextContact, boolean overdue,
			Instant inTheWindSince, Instant intakeDue) {
		return new CaseloadRow(1, "R-00001", name, "ACTIVE", name, "casey", crisis, nextContact, overdue, null,
				inTheWindSince, intakeDue);
	}

}
