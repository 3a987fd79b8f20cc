package org.waypoint.referral.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * A field referral's personal detail reaches the referral table and nowhere in the
 * engine: not in the runtime variables, not in ACT_HI_VARINST or ACT_HI_DETAIL.
 */
@WaypointIntegrationTest
class FieldReferralIT {

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	IdentityService identityService;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void logOut() {
		this.identityService.clearAuthentication();
	}

	@Test
	void personalDetailGoesToTheReferralTableAndNeverIntoTheEngine() {
		this.identityService.setAuthentication("olivia", List.of("outreach"));
		String processInstance = this.runtimeService.startProcessInstanceByKey(FieldReferralProcess.KEY).getId();
		this.identityService.clearAuthentication();
		String task = this.taskService.createTaskQuery().processInstanceId(processInstance).singleResult().getId();
		Map<String, Object> form = new HashMap<>(Map.of("door", "COMMUNITY", "firstName", "Priya", "lastName",
				"Raman-Unrecorded", "dateOfBirth", "1979-12-01", "reason", "Evicted last week, drinking heavily",
				"contactHints", "Library steps most afternoons"));

		this.taskService.complete(task, form);

		assertThat(this.jdbc.queryForMap(
				"select submitted_by, door, reason, contact_hints from referral where last_name = 'Raman-Unrecorded'"))
			.containsEntry("submitted_by", "olivia")
			.containsEntry("reason", "Evicted last week, drinking heavily")
			.containsEntry("contact_hints", "Library steps most afternoons");
		for (String table : new String[] { "act_ru_variable", "act_hi_varinst", "act_hi_detail" }) {
			assertThat(this.jdbc.queryForObject("select count(*) from " + table
					+ " where name_ in ('firstName', 'lastName', 'dateOfBirth', 'reason', 'contactHints') and proc_inst_id_ = ?",
					Integer.class, processInstance))
				.as(table)
				.isZero();
		}
		assertThat(this.jdbc.queryForObject(
				"select count(*) from act_hi_varinst where text_ like '%Raman-Unrecorded%' or text_ like '%Evicted%'",
				Integer.class))
			.isZero();
	}

}
