package org.waypoint.lifecycle.process;

import java.util.List;

/**
 * The fields of forms/intake.form: personal detail, moved to the intake record and never
 * left in the engine.
 */
final class IntakeForm {

	static final String PREFERRED_NAME = "preferredName";

	static final String PRONOUNS = "pronouns";

	static final String PHONE = "phone";

	static final String CONTACT_HINTS = "intakeContactHints";

	static final String HOUSING_SITUATION = "housingSituation";

	static final String IMMEDIATE_NEEDS = "immediateNeeds";

	static final String PARTICIPANT_GOALS = "participantGoals";

	static final List<String> FIELDS = List.of(PREFERRED_NAME, PRONOUNS, PHONE, CONTACT_HINTS, HOUSING_SITUATION,
			IMMEDIATE_NEEDS, PARTICIPANT_GOALS);

	private IntakeForm() {
	}

}
