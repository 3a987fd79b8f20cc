package org.waypoint.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.engine.RepositoryService;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Drafts of the shipped policy tables with one cell changed, as an administrator saves
 * them from Modeler; and the shipped policy back after a test deployed one.
 */
public final class PolicyDrafts {

	private PolicyDrafts() {
	}

	/** processes/{table}.dmn with the number in the output cell of that id replaced. */
	public static String withCell(String table, String cellId, int value) {
		try {
			String shipped = Files.readString(Path.of("processes", table + ".dmn"));
			String changed = shipped.replaceFirst("(id=\"" + cellId + "\"><text>)\\d+", "$1" + value);
			if (changed.equals(shipped)) {
				throw new IllegalArgumentException(table + " has no number cell " + cellId);
			}
			return changed;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Takes back every table deployed through a policy preview, and the previews. */
	public static void undeployPreviewed(RepositoryService repositoryService, JdbcTemplate jdbc) {
		repositoryService.createDeploymentQuery()
			.list()
			.stream()
			.filter(deployment -> String.valueOf(deployment.getSource()).startsWith("Waypoint policy preview"))
			.forEach(deployment -> repositoryService.deleteDeployment(deployment.getId(), true));
		jdbc.update("delete from policy_change");
	}

}
