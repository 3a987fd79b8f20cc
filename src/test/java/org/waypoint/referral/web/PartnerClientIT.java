package org.waypoint.referral.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.waypoint.support.WaypointIntegrationTest.DEMO_PASSWORD;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.waypoint.partnerclient.ApiClient;
import org.waypoint.partnerclient.ApiException;
import org.waypoint.partnerclient.ApiResponse;
import org.waypoint.partnerclient.api.ReferralsApi;
import org.waypoint.partnerclient.model.Door;
import org.waypoint.partnerclient.model.NewReferral;
import org.waypoint.partnerclient.model.ReferralStatus;
import org.waypoint.partnerclient.model.ReferralView;
import org.waypoint.support.WaypointIntegrationTest;

/**
 * A partner's system built from the OpenAPI description alone: the Java client that
 * openapi-generator makes from the committed snapshot (target/generated-test-sources)
 * submits a referral, repeats it and follows its status, and hears a refusal's reason.
 */
@WaypointIntegrationTest
class PartnerClientIT {

	@LocalServerPort
	int port;

	@Test
	void aPartnerSubmitsAReferralAndReadsItsStatusWithTheGeneratedClient() throws ApiException {
		ReferralsApi referrals = new ReferralsApi(clientAs("rita"));
		NewReferral referral = referral("client-" + UUID.randomUUID());

		ApiResponse<ReferralView> created = referrals.submitReferralWithHttpInfo(referral);
		ApiResponse<ReferralView> repeated = referrals.submitReferralWithHttpInfo(referral);
		ReferralView status = referrals.referralStatus(created.getData().getId());

		assertThat(created.getStatusCode()).isEqualTo(201);
		assertThat(created.getData().getStatus()).isEqualTo(ReferralStatus.RECEIVED);
		assertThat(created.getData().getDoor()).isEqualTo(Door.LAW_ENFORCEMENT_ARREST_DIVERSION);
		assertThat(repeated.getStatusCode()).isEqualTo(200);
		assertThat(repeated.getData().getId()).isEqualTo(created.getData().getId());
		assertThat(status.getCaseNumber()).isEqualTo(created.getData().getCaseNumber());
		assertThat(status.getPartnerReference()).isEqualTo(referral.getPartnerReference());
	}

	@Test
	void aLoginThatMayNotReferHearsWhyFromTheGeneratedClient() {
		ReferralsApi referrals = new ReferralsApi(clientAs("paul"));

		ApiException refused = catchThrowableOfType(ApiException.class,
				() -> referrals.submitReferral(referral("client-" + UUID.randomUUID())));

		assertThat(refused.getCode()).isEqualTo(403);
		assertThat(refused.getResponseBody()).contains("\"error\"");
	}

	/**
	 * The generated native client has no HTTP Basic of its own: a header on each call.
	 */
	private ApiClient clientAs(String login) {
		ApiClient client = new ApiClient();
		client.updateBaseUri("http://localhost:" + this.port);
		String credentials = Base64.getEncoder()
			.encodeToString((login + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
		client.setRequestInterceptor((request) -> request.header("Authorization", "Basic " + credentials));
		return client;
	}

	private static NewReferral referral(String partnerReference) {
		return new NewReferral().door(Door.LAW_ENFORCEMENT_ARREST_DIVERSION)
			.partnerReference(partnerReference)
			.firstName("Jane")
			.lastName("Doe-" + partnerReference)
			.dateOfBirth(LocalDate.of(1990, 4, 21))
			.referringAgency("Central Precinct")
			.reason("Possession; agreed to diversion");
	}

}
