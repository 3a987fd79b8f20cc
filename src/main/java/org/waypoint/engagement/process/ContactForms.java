package org.waypoint.engagement.process;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.waypoint.participant.Enrollment;
import org.waypoint.participant.Participant;
import org.waypoint.participant.ParticipantService;
import org.waypoint.platform.ProcessIds;
import org.waypoint.platform.ShortNames;

/**
 * Opens the record-contact form for one participant, as Tasklist's "Start process" does,
 * with the participant already named: nobody types a case number (or a business key). The
 * form is the caller's own task; it files the contact like any other.
 */
@Component
public class ContactForms {

	private final ProcessEngine engine;

	private final ParticipantService participants;

	ContactForms(ProcessEngine engine, ParticipantService participants) {
		this.engine = engine;
		this.participants = participants;
	}

	/**
	 * @return the id of the caller's new "Record a contact" task, under the engine's
	 * authorization (the caller must be allowed to start record-contact)
	 */
	public String openFor(long participantId) {
		Participant participant = this.participants.get(participantId);
		Enrollment enrollment = this.participants.currentEnrollment(participantId);
		ProcessInstance form = this.engine.getRuntimeService()
			.createProcessInstanceByKey(RecordContactProcess.KEY)
			.businessKey(enrollment.getCaseNumber())
			.setVariable(ProcessIds.PARTICIPANT_ID.name(), participantId)
			.setVariable(ProcessIds.CASE_NUMBER.name(), enrollment.getCaseNumber())
			.setVariable(ProcessIds.PARTICIPANT_NAME.name(),
					ShortNames.of(participant.getFirstName(), participant.getLastName()))
			.execute();
		return this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(form.getId())
			.taskDefinitionKey(RecordContactProcess.TASK_RECORD_CONTACT)
			.singleResult()
			.getId();
	}

}
