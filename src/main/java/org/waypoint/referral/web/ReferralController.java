package org.waypoint.referral.web;

import static org.waypoint.platform.access.ProgramGroup.CASE_MANAGERS;
import static org.waypoint.platform.access.ProgramGroup.OUTREACH;
import static org.waypoint.platform.access.ProgramGroup.PROGRAM_ADMINS;
import static org.waypoint.platform.access.ProgramGroup.REFERRAL_PARTNERS;
import static org.waypoint.platform.access.ProgramGroup.SUPERVISORS;

import java.net.URI;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.waypoint.platform.access.ApiCaller;
import org.waypoint.platform.access.ProgramGroup;
import org.waypoint.platform.web.CalledBy;
import org.waypoint.referral.NewReferral;
import org.waypoint.referral.Referral;
import org.waypoint.referral.ReferralService;

/**
 * Referral partners (and outreach staff in the field) submit referrals and follow their
 * status: the closed loop of source 000. HTTP Basic with a Waypoint login.
 */
@RestController
@RequestMapping("/api/referrals")
@Tag(name = "Referrals", description = "A partner refers a person and follows where the referral stands.")
class ReferralController {

	static final String NEW_REFERRAL = """
			{"door": "LAW_ENFORCEMENT_ARREST_DIVERSION", "partnerReference": "PD-2026-0042",
			 "firstName": "Jane", "lastName": "Doe", "dateOfBirth": "1990-04-21",
			 "referringAgency": "Central Precinct", "referringOfficer": "Officer Park #4411",
			 "reason": "Possession; agreed to diversion",
			 "contactHints": "Usually near the 5th Street shelter in the mornings"}""";

	static final String RECEIVED = """
			{"id": 42, "caseNumber": "R-00042", "partnerReference": "PD-2026-0042",
			 "door": "LAW_ENFORCEMENT_ARREST_DIVERSION", "status": "RECEIVED", "reason": null,
			 "receivedAt": "2026-11-23T14:30:00Z", "closedAt": null}""";

	static final String ACCEPTED = """
			{"id": 42, "caseNumber": "R-00042", "partnerReference": "PD-2026-0042",
			 "door": "LAW_ENFORCEMENT_ARREST_DIVERSION", "status": "ACCEPTED",
			 "reason": "Accepted: a case manager has room", "receivedAt": "2026-11-23T14:30:00Z",
			 "closedAt": null}""";

	/**
	 * Groups that may refer; a referral partner sees only the referrals they submitted.
	 */
	private static final Set<ProgramGroup> REFERRERS = Set.of(REFERRAL_PARTNERS, OUTREACH, SUPERVISORS, PROGRAM_ADMINS);

	/** Staff who follow any referral. */
	private static final Set<ProgramGroup> STAFF_READERS = Set.of(OUTREACH, CASE_MANAGERS, SUPERVISORS, PROGRAM_ADMINS);

	private static final Set<ProgramGroup> READERS = Set.of(REFERRAL_PARTNERS, OUTREACH, CASE_MANAGERS, SUPERVISORS,
			PROGRAM_ADMINS);

	private final ReferralService referralService;

	private final ApiCaller apiCaller;

	ReferralController(ReferralService referralService, ApiCaller apiCaller) {
		this.referralService = referralService;
		this.apiCaller = apiCaller;
	}

	/**
	 * 201 with the new referral; 200 with the first one when the partner reference
	 * repeats.
	 */
	@PostMapping
	@Operation(operationId = "submitReferral", summary = "Submit a referral", description = """
			Refers a person to the program through a door: `LAW_ENFORCEMENT_ARREST_DIVERSION` or \
			`LAW_ENFORCEMENT_SOCIAL_CONTACT` (police), `COMMUNITY` (community partners), \
			`PRETRIAL_DIVERSION` (courts and prosecutors). `PROGRAM_RETURN` is the program's own \
			and refused here. Outreach screens the referral for eligibility, then the capacity \
			decision accepts it with a case manager or declines it with a reason; follow it with \
			`GET /api/referrals/{id}`.

			`partnerReference` is your own number for the referral. Sent again for the same person it \
			returns the first referral with 200 and creates nothing, so a submission you are unsure \
			of may be repeated; sent for another person it is refused with 400. Only `door`, \
			`firstName` and `lastName` are required; `dateOfBirth` is `YYYY-MM-DD`, in the past.""",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(examples = @ExampleObject(name = "arrest diversion", value = NEW_REFERRAL))))
	@ApiResponse(responseCode = "201", description = "Received: the new referral, at the address in Location.",
			content = @Content(schema = @Schema(implementation = ReferralView.class),
					examples = @ExampleObject(name = "received", value = RECEIVED)))
	@ApiResponse(responseCode = "200",
			description = "The partner reference was sent before for this person: the first referral, unchanged; nothing was created.",
			content = @Content(schema = @Schema(implementation = ReferralView.class),
					examples = @ExampleObject(name = "repeated", value = ACCEPTED)))
	@ApiResponse(responseCode = "400",
			description = "Not taken: a required field missing, a value invalid or too long, a door that is not a partner's, or a partner reference that already names another person.",
			content = @Content(examples = @ExampleObject(name = "no door", value = """
					{"error": "The referral was not taken", "problems": ["door is required"]}""")))
	@CalledBy("referral-partners, outreach, supervisors, program-admins")
	ResponseEntity<ReferralView> submit(@RequestBody NewReferral request) {
		Authentication user = this.apiCaller.requireOneOf(REFERRERS);
		ReferralService.Submission submission = this.referralService.submit(request, user.getUserId());
		ReferralView view = ReferralView.of(submission.referral());
		if (!submission.created()) {
			return ResponseEntity.ok(view);
		}
		return ResponseEntity.created(URI.create("/api/referrals/" + view.id())).body(view);
	}

	@GetMapping("/{id}")
	@Operation(operationId = "referralStatus", summary = "Where a referral stands", description = """
			The referral's status and its reason, nothing clinical: `RECEIVED` (waiting for \
			screening), `INELIGIBLE` (screened out), `DECLINED` (no room under the caseload policy), \
			`ACCEPTED` (on a case manager's caseload, intake to follow), `LINKED` (the person is \
			already a participant), `INTAKE_OVERDUE`, `ENROLLED` (taken in), and at the end \
			`EXITED` or `COMPLETED` only where the participant's release of information lets the \
			referrer know, otherwise `CLOSED`. A partner sees only the referrals it submitted.""")
	@ApiResponse(responseCode = "200", description = "The referral's status.",
			content = @Content(schema = @Schema(implementation = ReferralView.class),
					examples = @ExampleObject(name = "accepted", value = ACCEPTED)))
	@ApiResponse(responseCode = "404",
			description = "No such referral, or one another partner submitted (answered alike, so nothing is learnt of others' referrals).")
	@CalledBy("the partner who submitted it; outreach, case-managers, supervisors, program-admins")
	ReferralView status(@PathVariable long id) {
		Authentication user = this.apiCaller.requireOneOf(READERS);
		Referral referral = this.referralService.find(id)
			.filter(found -> ApiCaller.belongsToAny(user, STAFF_READERS)
					|| found.getSubmittedBy().equals(user.getUserId()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No referral " + id + " of yours"));
		return ReferralView.of(referral);
	}

}
