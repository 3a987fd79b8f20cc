package org.waypoint.staff.process;

/** Declaration of processes/staff-onboarding.bpmn: its key, element ids and variables. */
public final class StaffOnboardingProcess {

	public static final String KEY = "staff-onboarding";

	public static final String TASK_CONFIRM_PROFILE = "Task_ConfirmStaffProfile";

	public static final String TASK_RECORD_PROFILE = "Task_RecordStaffProfile";

	public static final String END_PROFILE_RECORDED = "EndEvent_StaffProfileRecorded";

	/**
	 * Process variables: set by the starter ({@code staffUserId}) and by the form (the
	 * rest).
	 */
	public static final class Variables {

		public static final String STAFF_USER_ID = "staffUserId";

		public static final String DISPLAY_NAME = "displayName";

		public static final String WORK_PHONE = "workPhone";

		public static final String WORK_AREA = "workArea";

		public static final String LANGUAGES = "languages";

		private Variables() {
		}

	}

	private StaffOnboardingProcess() {
	}

}
