package org.waypoint.support;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.waypoint.WaypointApplication;

/**
 * A second Waypoint node, in a JVM of its own as in production (one JVM holds one engine
 * of a name): the tests' build on the test database, or the packaged jar as a site runs
 * it. Started until it reports ready; stopped when closed.
 */
public final class SecondNode implements AutoCloseable {

	private static final String READY = "Waypoint is ready";

	private final Process process;

	private final int port;

	private final List<String> startupLog = new ArrayList<>();

	private SecondNode(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	public static SecondNode start() {
		int port = freePort();
		List<String> command = new ArrayList<>(
				List.of(java(), "-cp", testClassPath(), WaypointApplication.class.getName(),
						"--spring.profiles.active=demo", "--server.port=" + port, "--management.server.port=0"));
		for (String property : TestDatabase.get().springProperties()) {
			command.add("--" + property);
		}
		return start(new ProcessBuilder(command), port);
	}

	/**
	 * The packaged jar, as a site runs it (README): its own profile and environment, no
	 * test classes.
	 */
	public static SecondNode startPackaged(Path jar, Map<String, String> environment, String... arguments) {
		int port = freePort();
		List<String> command = new ArrayList<>(
				List.of(java(), "-jar", jar.toString(), "--server.port=" + port, "--management.server.port=0"));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().putAll(environment);
		return start(builder, port);
	}

	private static SecondNode start(ProcessBuilder builder, int port) {
		try {
			SecondNode node = new SecondNode(builder.redirectErrorStream(true).start(), port);
			node.awaitReady();
			return node;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/**
	 * Whether the node said it was ready (false: it failed to start; see the startup
	 * log).
	 */
	public boolean isReady() {
		return this.startupLog.stream().anyMatch(line -> line.contains(READY));
	}

	public List<String> startupLog() {
		return this.startupLog;
	}

	public String baseUrl() {
		return "http://localhost:" + this.port;
	}

	private void awaitReady() throws IOException {
		// keep draining the output after start-up, so the node never blocks on a full
		// pipe
		BufferedReader lines = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8));
		String line;
		while ((line = lines.readLine()) != null) {
			this.startupLog.add(line);
			if (line.contains(READY) || line.contains("APPLICATION FAILED TO START")) {
				break;
			}
		}
		Thread drain = new Thread(() -> drain(lines), "second-node-output");
		drain.setDaemon(true);
		drain.start();
	}

	private static void drain(BufferedReader lines) {
		try {
			while (lines.readLine() != null) {
				// the node's log after start-up is not needed
			}
		}
		catch (IOException ex) {
			// the node was stopped and its output closed
		}
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

	/**
	 * The tests' class path without its empty entries: an empty entry means the working
	 * directory, where processes/ would be found a second time.
	 */
	private static String testClassPath() {
		return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter(entry -> !entry.isBlank())
			.collect(Collectors.joining(File.pathSeparator));
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
