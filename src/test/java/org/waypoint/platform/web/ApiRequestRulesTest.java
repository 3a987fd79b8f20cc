package org.waypoint.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Over HTTPS, the API's answers pin browsers to HTTPS; over plain HTTP they cannot. */
class ApiRequestRulesTest {

	@Test
	void strictTransportSecurityOnlyOverHttps() throws Exception {
		MockHttpServletRequest https = new MockHttpServletRequest("GET", "/api/capacity");
		https.setSecure(true);
		MockHttpServletResponse overHttps = new MockHttpServletResponse();
		MockHttpServletResponse overHttp = new MockHttpServletResponse();

		new ApiRequests.ApiRequestRules().doFilter(https, overHttps, new MockFilterChain());
		new ApiRequests.ApiRequestRules().doFilter(new MockHttpServletRequest("GET", "/api/capacity"), overHttp,
				new MockFilterChain());

		assertThat(overHttps.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");
		assertThat(overHttp.getHeader("Strict-Transport-Security")).isNull();
	}

}
