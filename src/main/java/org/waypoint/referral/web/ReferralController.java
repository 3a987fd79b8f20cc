package org.waypoint.referral.web;

import static org.waypoint.platform.access.ProgramGroup.CASE_MANAGERS;
import static org.waypoint.platform.access.ProgramGroup.OUTREACH;
import static org.waypoint.platform.access.ProgramGroup.PROGRAM_ADMINS;
import static org.waypoint.platform.access.ProgramGroup.REFERRAL_PARTNERS;
import static org.waypoint.platform.access.ProgramGroup.SUPERVISORS;

import java.net.URI;
import java.util.Set;

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
import org.waypoint.referral.NewReferral;
import org.waypoint.referral.Referral;
import org.waypoint.referral.ReferralService;

/**
 * Referral partners (and outreach staff in the field) submit referrals and follow their
 * status: the closed loop of source 000. HTTP Basic with a Waypoint login.
 */
@RestController
@RequestMapping("/api/referrals")
class ReferralController {

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
	ReferralView status(@PathVariable long id) {
		Authentication user = this.apiCaller.requireOneOf(READERS);
		Referral referral = this.referralService.find(id)
			.filter(found -> ApiCaller.belongsToAny(user, STAFF_READERS)
					|| found.getSubmittedBy().equals(user.getUserId()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No referral " + id + " of yours"));
		return ReferralView.of(referral);
	}

}
