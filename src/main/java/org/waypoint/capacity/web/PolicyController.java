package org.waypoint.capacity.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.waypoint.capacity.PolicyChange;
import org.waypoint.capacity.PolicyChanges;
import org.waypoint.capacity.process.PolicyPreviews;
import org.waypoint.capacity.process.PolicyPreviews.PolicyPreview;
import org.waypoint.platform.access.ApiCaller;
import org.waypoint.platform.access.ProgramGroup;
import org.waypoint.platform.web.CalledBy;

/**
 * Policy changes for program administrators: a changed policy table previewed against the
 * recent decisions (or the open cases), then deployed with a reason; the changes deployed
 * so far.
 */
@RestController
@RequestMapping("/api/policy")
@Tag(name = "Policy changes",
		description = "See what a changed policy table would have decided before it decides, then deploy it with a reason.")
class PolicyController {

	private static final Set<ProgramGroup> ADMINS = Set.of(ProgramGroup.PROGRAM_ADMINS);

	private static final Set<ProgramGroup> READERS = Set.of(ProgramGroup.SUPERVISORS, ProgramGroup.PROGRAM_ADMINS);

	private static final TypeReference<List<Map<String, Object>>> KEPT_FIGURES = new TypeReference<>() {
	};

	private final PolicyPreviews previews;

	private final PolicyChanges changes;

	private final ApiCaller apiCaller;

	private final ObjectMapper json;

	PolicyController(PolicyPreviews previews, PolicyChanges changes, ApiCaller apiCaller, ObjectMapper json) {
		this.previews = previews;
		this.changes = changes;
		this.apiCaller = apiCaller;
		this.json = json;
	}

	@PostMapping(path = "/previews", consumes = { MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE })
	@Operation(operationId = "previewPolicyChange", summary = "Preview a changed policy table",
			description = """
					The body is a DMN file as Camunda Modeler saves it, holding a changed \
					`caseload-standards`, `referral-priority`, `referral-admission`, `service-intensity`, \
					`referral-eligibility` or `capacity-alert` table. For the first three, every capacity decision of the last `months` is replayed from \
					the door and the figures it was taken on, through the tables in force and through the \
					draft: the answer counts them by door (`byDoor`) and lists each decision that would have \
					gone otherwise (`flips`: accepted or declined, over the average or not). For service \
					intensity, each open case's latest assessment is replayed: `byGroup` counts them by the \
					service model in force and `changes` lists the cases whose model or contact cadence would \
					change, by case number. Nothing said of a case or in the counts turns on its own \
					substance use (42 CFR Part 2): a case whose answers would read otherwise at some \
					severity is counted in a group of its own and listed as one that may change, with \
					neither answer; a change to or from integrated dual-disorder treatment that turns on \
					nothing else is counted, not named; each case listed is audited as read. For referral eligibility and the capacity alert, every \
					evaluation in the engine's decision history since then is replayed (their inputs name no \
					one), named by case number or, for a capacity review, its time. Nothing is deployed; the preview is kept, to deploy by its id.""")
	@ApiResponse(responseCode = "201", description = "The preview.")
	@ApiResponse(responseCode = "400",
			description = "Not a DMN file, not one of the six tables alone, standards that contradict each other, or a draft that fails on a replayed decision or case.")
	@CalledBy("program-admins")
	@ResponseStatus(HttpStatus.CREATED)
	PolicyPreview preview(@RequestBody String draft,
			@Parameter(description = "How many months of decisions to replay (1 to 24).") @RequestParam(
					defaultValue = "6") int months) {
		return this.previews.preview(draft, months, this.apiCaller.requireOneOf(ADMINS).getUserId());
	}

	record PolicyDeployment(String reason) {
	}

	/**
	 * A deployed policy change: who, when, why, and what its preview counted.
	 *
	 * @param figures the preview's counts as it showed them: by door (byDoor) for the
	 * tables of capacity decisions, else by group (byGroup)
	 */
	record DeployedPolicyChange(long previewId, String decisionKey, int version, String deployedBy, Instant deployedAt,
			String reason, int months, int replayed, int flipped, String previewedBy, Instant previewedAt,
			List<Map<String, Object>> figures) {

	}

	private DeployedPolicyChange listed(PolicyChange change) {
		List<Map<String, Object>> figures;
		try {
			figures = this.json.readValue(change.getFigures(), KEPT_FIGURES);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("policy_change " + change.getId() + " keeps figures that are not JSON", ex);
		}
		return new DeployedPolicyChange(change.getId(), change.getDecisionKey(), change.getDeployedVersion(),
				change.getDeployedBy(), change.getDeployedAt(), change.getReason(), change.getMonths(),
				change.getReplayed(), change.getFlipped(), change.getPreviewedBy(), change.getPreviewedAt(), figures);
	}

	@PostMapping("/previews/{previewId}/deployment")
	@Operation(operationId = "deployPolicyChange", summary = "Deploy a previewed policy table", description = """
			Deploys the previewed draft as the table's next version, with `reason`: the next decision \
			uses it. Refused when the table was deployed again since the preview, whose figures \
			would then be stale.""")
	@ApiResponse(responseCode = "201", description = "The change as deployed.")
	@ApiResponse(responseCode = "400", description = "No reason given, or one over 2,000 characters.")
	@ApiResponse(responseCode = "404", description = "No preview with that id.")
	@ApiResponse(responseCode = "409",
			description = "The preview was deployed already, or the table was deployed again since the preview.")
	@CalledBy("program-admins")
	@ResponseStatus(HttpStatus.CREATED)
	DeployedPolicyChange deploy(@PathVariable long previewId, @RequestBody PolicyDeployment deployment) {
		String caller = this.apiCaller.requireOneOf(ADMINS).getUserId();
		return listed(this.previews.deploy(previewId, deployment.reason(), caller));
	}

	@GetMapping("/changes")
	@Operation(operationId = "listPolicyChanges", summary = "The policy changes deployed",
			description = "Every change deployed through a preview, the latest first: who, when, why, and what its preview counted.")
	@ApiResponse(responseCode = "200", description = "The changes.")
	@CalledBy("supervisors, program-admins")
	List<DeployedPolicyChange> changes() {
		this.apiCaller.requireOneOf(READERS);
		return this.changes.deployedChanges().stream().map(this::listed).toList();
	}

}
