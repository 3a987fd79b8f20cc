package org.waypoint.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Times repeated HTTP reads and keeps the figures where README says to look. */
final class Reads {

	private Reads() {
	}

	/** p50, p95 and the slowest of {@code reads} calls, after {@code warmUp} calls. */
	static String measure(int warmUp, int reads, Supplier<? extends ResponseEntity<?>> read) {
		for (int call = 0; call < warmUp; call++) {
			read.get();
		}
		List<Long> micros = new ArrayList<>();
		for (int call = 0; call < reads; call++) {
			long start = System.nanoTime();
			assertThat(read.get().getStatusCode()).isEqualTo(HttpStatus.OK);
			micros.add((System.nanoTime() - start) / 1000);
		}
		micros.sort(null);
		return String.format("%d reads, p50 %.1f ms, p95 %.1f ms, max %.1f ms", reads, micros.get(reads / 2) / 1000.0,
				micros.get(reads * 95 / 100) / 1000.0, micros.get(reads - 1) / 1000.0);
	}

	/** To the console and to target/benchmark.txt. */
	static void report(String figures) throws IOException {
		System.out.print(figures);
		Files.writeString(Path.of("target", "benchmark.txt"), figures, StandardOpenOption.CREATE,
				StandardOpenOption.APPEND);
	}

}
