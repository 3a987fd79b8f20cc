package org.waypoint.platform.models;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.waypoint.platform.access.ApiCaller;
import org.waypoint.platform.access.ProgramGroup;
import org.waypoint.platform.models.OpenInstanceMigrations.Behind;
import org.waypoint.platform.models.OpenInstanceMigrations.DryRun;
import org.waypoint.platform.models.OpenInstanceMigrations.Migration;
import org.waypoint.platform.web.CalledBy;

/** Open cases moved to a changed model, for program administrators. */
@RestController
@RequestMapping("/api/models")
@Tag(name = "Model migrations",
		description = "After a changed BPMN model is deployed, move the open instances of its older versions to it.")
class ModelMigrationController {

	private static final Set<ProgramGroup> ADMINS = Set.of(ProgramGroup.PROGRAM_ADMINS);

	private final OpenInstanceMigrations migrations;

	private final ApiCaller apiCaller;

	ModelMigrationController(OpenInstanceMigrations migrations, ApiCaller apiCaller) {
		this.migrations = migrations;
		this.apiCaller = apiCaller;
	}

	@GetMapping("/migration")
	@Operation(operationId = "modelsBehind", summary = "Processes with open instances on older versions",
			description = "Each process whose older versions still have open instances: its latest version and how many instances are behind it.")
	@ApiResponse(responseCode = "200", description = "The processes, by key.")
	@CalledBy("program-admins")
	List<Behind> behind() {
		this.apiCaller.requireOneOf(ADMINS);
		return this.migrations.behind();
	}

	@GetMapping("/{processKey}/migration")
	@Operation(operationId = "dryRunMigration", summary = "What moving the open instances would do", description = """
			A dry run: each open instance of an older version of the process, where it waits, and \
			whether it can move to the latest version (activities map by equal ids) or why not, as \
			the engine answers when it is migrated in a transaction that is then rolled back. \
			Changes nothing.""")
	@ApiResponse(responseCode = "200", description = "Each open instance of an older version.")
	@ApiResponse(responseCode = "404", description = "No process with that key is deployed.")
	@CalledBy("program-admins")
	DryRun dryRun(@PathVariable String processKey) {
		this.apiCaller.requireOneOf(ADMINS);
		return this.migrations.dryRun(processKey);
	}

	/**
	 * @param processInstanceIds only these (all that can move when empty)
	 */
	record MigrationRequest(List<String> processInstanceIds) {
	}

	@PostMapping("/{processKey}/migration")
	@Operation(operationId = "migrateOpenInstances", summary = "Move the open instances to the latest version",
			description = """
					Moves every open instance of an older version that can move (or only those of \
					`processInstanceIds`) to the latest version, as a Camunda batch per older version \
					(Cockpit lists it under Batches). Those that cannot move stay on their version and \
					are listed with the reason.""")
	@ApiResponse(responseCode = "202", description = "The batches, the instances they move and those that stay.")
	@ApiResponse(responseCode = "400",
			description = "An instance given that is not an open instance of an older version.")
	@ApiResponse(responseCode = "404", description = "No process with that key is deployed.")
	@CalledBy("program-admins")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Migration migrate(@PathVariable String processKey, @RequestBody MigrationRequest request) {
		this.apiCaller.requireOneOf(ADMINS);
		return this.migrations.migrate(processKey, request.processInstanceIds());
	}

}
