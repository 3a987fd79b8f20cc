package org.waypoint.engagement.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.waypoint.engagement.Contact;
import org.waypoint.engagement.ContactPlace;
import org.waypoint.engagement.ContactService;
import org.waypoint.engagement.NewContact;
import org.waypoint.engagement.process.ContactForms;
import org.waypoint.platform.InvalidInputException;
import org.waypoint.platform.access.ApiCaller;
import org.waypoint.platform.access.ProgramGroup;
import org.waypoint.platform.web.CalledBy;

/**
 * Field staff log contacts from a phone, as they can in Tasklist; a contact with the
 * participant reaches their case at once.
 */
@RestController
@RequestMapping("/api/participants/{participantId}/contacts")
@Tag(name = "Contacts",
		description = "Contacts with or about a participant, the record the contact cadence is kept by.")
class ContactController {

	private final ContactService contactService;

	private final ApiCaller apiCaller;

	private final Clock clock;

	private final ContactForms contactForms;

	ContactController(ContactService contactService, ContactForms contactForms, ApiCaller apiCaller, Clock clock) {
		this.contactService = contactService;
		this.contactForms = contactForms;
		this.apiCaller = apiCaller;
		this.clock = clock;
	}

	/**
	 * @param staffUserId who made the contact, when it was not the caller
	 * @param occurredAt when it happened; now when left out
	 */
	record ContactRequest(String staffUserId, Instant occurredAt, ContactPlace place, Boolean withParticipant,
			String note) {
	}

	record ContactView(long id, String staffUserId, Instant occurredAt, ContactPlace place, boolean withParticipant,
			String note, String recordedBy, Instant recordedAt) {

		static ContactView of(Contact contact) {
			return new ContactView(contact.getId(), contact.getStaffUserId(), contact.getOccurredAt(),
					contact.getPlace(), contact.isWithParticipant(), contact.getNote(), contact.getRecordedBy(),
					contact.getRecordedAt());
		}

	}

	@PostMapping
	@Operation(operationId = "recordContact", summary = "Log a contact", description = """
			Logs a contact from the field, e.g. from a phone: `place` (`FIELD`, `OFFICE`, `PHONE`, \
			`JAIL`, `HOSPITAL`, `SHELTER`), whether it was `withParticipant`, a note. \
			`occurredAt` (an instant in UTC) defaults to now, `staffUserId` (who made the contact) \
			to the caller. A contact with the participant ends a search for them and restarts \
			their contact cadence.""")
	@ApiResponse(responseCode = "201", description = "The contact was recorded.")
	@ApiResponse(responseCode = "404", description = "No such participant.")
	@CalledBy("staff")
	ResponseEntity<ContactView> record(@PathVariable long participantId, @RequestBody ContactRequest request) {
		Authentication caller = this.apiCaller.requireOneOf(ProgramGroup.staff());
		if (request.staffUserId() != null && !this.apiCaller.isStaff(request.staffUserId())) {
			throw new InvalidInputException("The contact was not recorded",
					List.of("staffUserId '" + request.staffUserId() + "' is not a staff login"));
		}
		Contact contact = this.contactService.record(new NewContact(participantId, request.staffUserId(),
				(request.occurredAt() != null) ? request.occurredAt() : this.clock.instant(), request.place(),
				request.withParticipant(), request.note()), caller.getUserId());
		return ResponseEntity.created(URI.create("/api/participants/" + participantId + "/contacts/" + contact.getId()))
			.body(ContactView.of(contact));
	}

	record ContactForm(String taskId) {
	}

	/**
	 * Opens the record-contact form in Tasklist for this participant, as the caller's own
	 * task (the case file's "Record a contact").
	 */
	@PostMapping("/form")
	@Operation(operationId = "openContactForm", summary = "Open the record-contact form in Tasklist", description = """
			Starts Tasklist's record-contact form for this participant as the caller's own task, \
			the participant already named (the case file's "Record a contact"); the answer names \
			the task, at the engine's `/engine-rest/task/{taskId}` (Location).""")
	@ApiResponse(responseCode = "201", description = "The form's task.")
	@ApiResponse(responseCode = "404", description = "No such participant.")
	@CalledBy("staff")
	ResponseEntity<ContactForm> openForm(@PathVariable long participantId) {
		this.apiCaller.requireOneOf(ProgramGroup.staff());
		String taskId = this.contactForms.openFor(participantId);
		return ResponseEntity.created(URI.create("/engine-rest/task/" + taskId)).body(new ContactForm(taskId));
	}

	@GetMapping
	@Operation(operationId = "listContacts", summary = "A participant's contacts",
			description = "The contact record, newest first. The read is written to the audit log.")
	@ApiResponse(responseCode = "200", description = "The contacts, newest first.")
	@ApiResponse(responseCode = "404", description = "No such participant.")
	@CalledBy("staff, program-admins")
	List<ContactView> list(@PathVariable long participantId) {
		Authentication reader = this.apiCaller.requireOneOf(ProgramGroup.staffAndAdmins());
		return this.contactService.readContacts(participantId, reader.getUserId())
			.stream()
			.map(ContactView::of)
			.toList();
	}

}
