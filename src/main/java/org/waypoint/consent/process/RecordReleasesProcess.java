package org.waypoint.consent.process;

/** Declaration of processes/record-releases.bpmn: its key and element ids. */
public final class RecordReleasesProcess {

	public static final String KEY = "record-releases";

	public static final String TASK_RECORD_RELEASE = "Task_RecordRelease";

	public static final String END_RELEASES_RECORDED = "EndEvent_ReleasesRecorded";

	private RecordReleasesProcess() {
	}

}
