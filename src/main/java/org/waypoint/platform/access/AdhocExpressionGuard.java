package org.waypoint.platform.access;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses expressions inside the {@code orQueries} of an ad-hoc query. The engine refuses
 * ad-hoc expressions at the top of a query but evaluates them in its or-queries, so any
 * login could have the engine evaluate arbitrary EL there. Stored filter queries (filter
 * create and update) keep their expressions: only those with filter rights write them.
 */
class AdhocExpressionGuard extends OncePerRequestFilter {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		boolean storedFilter = path.endsWith("/filter/create")
				|| (path.contains("/filter/") && "PUT".equals(request.getMethod()));
		return !"POST".equals(request.getMethod()) || storedFilter;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] body = request.getInputStream().readAllBytes();
		if (hasExpressionInOrQueries(body)) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			response.setContentType("application/json");
			response.getWriter()
				.write("{\"type\":\"BadUserRequestException\","
						+ "\"message\":\"Expressions are forbidden in ad-hoc queries, inside orQueries too\"}");
			return;
		}
		chain.doFilter(new RereadableRequest(request, body), response);
	}

	static boolean hasExpressionInOrQueries(byte[] body) {
		if (body.length == 0) {
			return false;
		}
		try {
			return anyExpressionUnderOrQueries(JSON.readTree(body), false);
		}
		catch (IOException ex) {
			// not JSON: the engine's own parsing answers it
			return false;
		}
	}

	private static boolean anyExpressionUnderOrQueries(JsonNode node, boolean insideOrQueries) {
		if (node == null) {
			return false;
		}
		if (node.isArray()) {
			for (JsonNode element : node) {
				if (anyExpressionUnderOrQueries(element, insideOrQueries)) {
					return true;
				}
			}
			return false;
		}
		Iterator<String> names = node.fieldNames();
		while (names.hasNext()) {
			String name = names.next();
			if (insideOrQueries && name.endsWith("Expression")) {
				return true;
			}
			if (anyExpressionUnderOrQueries(node.get(name), insideOrQueries || "orQueries".equals(name))) {
				return true;
			}
		}
		return false;
	}

	/** The request with its body read once by the guard and served again to the API. */
	private static final class RereadableRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		RereadableRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream content = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {
				@Override
				public int read() {
					return content.read();
				}

				@Override
				public boolean isFinished() {
					return content.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("The body is already read");
				}
			};
		}

		@Override
		public BufferedReader getReader() {
			return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}

	}

}
