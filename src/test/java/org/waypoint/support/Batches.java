package org.waypoint.support;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.batch.Batch;

/**
 * Camunda batches run as the job executor would (it is off in the tests): seed, work,
 * monitor.
 */
public final class Batches {

	private Batches() {
	}

	public static void run(ManagementService management, String batchId) {
		run(management, management.createBatchQuery().batchId(batchId).singleResult());
	}

	public static void runAll(ManagementService management) {
		management.createBatchQuery().list().forEach(batch -> run(management, batch));
	}

	private static void run(ManagementService management, Batch batch) {
		for (String definition : List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
				batch.getMonitorJobDefinitionId())) {
			management.createJobQuery()
				.jobDefinitionId(definition)
				.list()
				.forEach(job -> management.executeJob(job.getId()));
		}
	}

}
