package org.waypoint.capacity;

import java.time.Duration;
import java.util.stream.Stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How long a transaction holds the caseload lock, from taking it to its commit or
 * rollback: what every other decision, on any node, waits behind
 * ({@code waypoint.capacity.lock.held}, a histogram Prometheus shows).
 */
@Component
class CaseloadLockTimer {

	/** The histogram's buckets: the goal is a p95 of 5 ms or less. */
	private static final Duration[] BUCKETS = Stream
		.of(1, 2, 3, 5, 8, 10, 15, 20, 30, 50, 75, 100, 150, 200, 300, 500, 1000, 2000)
		.map(Duration::ofMillis)
		.toArray(Duration[]::new);

	private final MeterRegistry meters;

	private final Timer held;

	CaseloadLockTimer(MeterRegistry meters) {
		this.meters = meters;
		this.held = Timer.builder("waypoint.capacity.lock.held")
			.description("How long a transaction holds the caseload lock, from taking it to its commit or rollback")
			.serviceLevelObjectives(BUCKETS)
			.register(meters);
	}

	/**
	 * Times the rest of the calling transaction, once however often it takes the lock.
	 */
	void lockTaken() {
		if (TransactionSynchronizationManager.hasResource(this.held)) {
			return;
		}
		TransactionSynchronizationManager.bindResource(this.held, Timer.start(this.meters));
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				((Timer.Sample) TransactionSynchronizationManager.unbindResource(CaseloadLockTimer.this.held))
					.stop(CaseloadLockTimer.this.held);
			}
		});
	}

}
