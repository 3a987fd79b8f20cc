package org.waypoint.platform.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN;
import static org.waypoint.support.WaypointIntegrationTest.DEMO_PASSWORD;

import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.waypoint.support.WaypointIntegrationTest;
import org.waypoint.support.WebappSession;

/**
 * camunda-admin keeps a direct member on every path (CVE-2026-77226): once it is empty,
 * Camunda Admin's first-run setup creates administrators for anyone. The demo's only
 * administrator is ada.
 */
@WaypointIntegrationTest
class AdministratorsKeptIT {

	private static final String SECOND_ADMIN = "admin-two";

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	IdentityService identityService;

	@AfterEach
	void onlyAdaIsAdministrator() {
		if (this.identityService.createUserQuery().userId(SECOND_ADMIN).count() > 0) {
			this.identityService.deleteUser(SECOND_ADMIN);
		}
	}

	@Test
	void theLastMemberIsNotRemovedThroughTheEngineRestApi() {
		ResponseEntity<Map> removal = asAda("/engine-rest/group/" + CAMUNDA_ADMIN + "/members/ada");

		assertThat(removal.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) removal.getBody().get("message"))
			.isEqualTo("ada is the last member of camunda-admin: add another administrator to it first"
					+ " (an empty camunda-admin reopens Camunda Admin's first-run setup to anyone)");
		assertAdaStillAdministrator();
	}

	@Test
	void theLastMemberIsNotDeletedAndTheGroupStays() {
		ResponseEntity<Map> userDeletion = asAda("/engine-rest/user/ada");
		ResponseEntity<Map> groupDeletion = asAda("/engine-rest/group/" + CAMUNDA_ADMIN);

		assertThat(userDeletion.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) userDeletion.getBody().get("message"))
			.startsWith("ada is the last member of camunda-admin and cannot be deleted");
		assertThat(groupDeletion.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) groupDeletion.getBody().get("message"))
			.startsWith("The group camunda-admin cannot be deleted");
		assertAdaStillAdministrator();
	}

	@Test
	void theLastMemberIsNotRemovedInCamundaAdmin() {
		WebappSession admin = new WebappSession(this.port);
		assertThat(admin.logIn("admin", "ada", DEMO_PASSWORD)).isEqualTo(200);

		var removal = admin.delete("admin",
				"/camunda/api/engine/engine/default/group/" + CAMUNDA_ADMIN + "/members/ada");
		var deletion = admin.delete("admin", "/camunda/api/engine/engine/default/user/ada");

		assertThat(removal.statusCode()).isEqualTo(400);
		assertThat(removal.body()).contains("ada is the last member of camunda-admin");
		assertThat(deletion.statusCode()).isEqualTo(400);
		assertAdaStillAdministrator();
	}

	@Test
	void theJavaApiRefusesToo() {
		assertThatThrownBy(() -> this.identityService.deleteMembership("ada", CAMUNDA_ADMIN))
			.isInstanceOf(BadUserRequestException.class)
			.hasMessageContaining("last member of camunda-admin");
		assertThatThrownBy(() -> this.identityService.deleteGroup(CAMUNDA_ADMIN))
			.isInstanceOf(BadUserRequestException.class);
		assertAdaStillAdministrator();
	}

	@Test
	void anAdministratorLeavesWhileAnotherRemains() {
		User second = this.identityService.newUser(SECOND_ADMIN);
		second.setPassword("Another-strong-password-1");
		this.identityService.saveUser(second);
		this.identityService.createMembership(SECOND_ADMIN, CAMUNDA_ADMIN);

		ResponseEntity<Map> removal = asAda("/engine-rest/group/" + CAMUNDA_ADMIN + "/members/" + SECOND_ADMIN);

		assertThat(removal.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(this.identityService.createUserQuery().memberOfGroup(CAMUNDA_ADMIN).list()).extracting(User::getId)
			.containsExactly("ada");
	}

	private ResponseEntity<Map> asAda(String path) {
		return this.rest.withBasicAuth("ada", DEMO_PASSWORD).exchange(path, HttpMethod.DELETE, null, Map.class);
	}

	private void assertAdaStillAdministrator() {
		assertThat(this.identityService.createUserQuery().memberOfGroup(CAMUNDA_ADMIN).list()).extracting(User::getId)
			.containsExactly("ada");
		var setup = new WebappSession(this.port).postJson("admin", "/camunda/api/admin/setup/default/user/create", """
				{"profile": {"id": "mallory", "firstName": "M", "lastName": "M", "email": "m@example.org"},
				 "credentials": {"password": "Str0ng-enough-password"}}""");
		assertThat(setup.statusCode()).as("the first-run setup stays closed").isEqualTo(403);
	}

}
