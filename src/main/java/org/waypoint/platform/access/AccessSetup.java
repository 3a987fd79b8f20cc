package org.waypoint.platform.access;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.waypoint.platform.access.ProgramGroup.OUTREACH;
import static org.waypoint.platform.access.ProgramGroup.PROGRAM_ADMINS;
import static org.waypoint.platform.access.ProgramGroup.SUPERVISORS;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure, on every start, that the program's groups exist and hold the baseline
 * authorizations that let each group reach its own work and nothing more. Runs
 * idempotently: it adds what is missing and leaves what an administrator granted in
 * Camunda Admin.
 */
@Component
@Order(AccessSetup.ORDER)
public class AccessSetup implements ApplicationRunner {

	/** Runs before anything that refers to the groups (filters, demo users). */
	public static final int ORDER = 0;

	static final String TASKLIST = "tasklist";

	static final String COCKPIT = "cockpit";

	/** The process outreach staff start in Tasklist (processes/field-referral.bpmn). */
	static final String FIELD_REFERRAL = "field-referral";

	/** The process any staff member starts in Tasklist to log a contact. */
	static final String RECORD_CONTACT = "record-contact";

	private static final Logger log = LoggerFactory.getLogger(AccessSetup.class);

	private final IdentityService identityService;

	private final AuthorizationService authorizationService;

	AccessSetup(IdentityService identityService, AuthorizationService authorizationService) {
		this.identityService = identityService;
		this.authorizationService = authorizationService;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (ProgramGroup group : ProgramGroup.values()) {
			ensureGroup(group);
		}
		baselineGrants().forEach(this::ensureGrant);
	}

	/**
	 * Field and clinical staff work in Tasklist only; supervisors also read the whole
	 * program in Cockpit; program administrators own models, users and authorizations.
	 * Referral partners and probation reach no webapp: they get the REST views of later
	 * features.
	 */
	static List<Grant> baselineGrants() {
		List<Grant> grants = new ArrayList<>();
		for (ProgramGroup staff : ProgramGroup.staff()) {
			grants.add(new Grant(staff, Resources.APPLICATION, TASKLIST, Permissions.ACCESS));
			// names of colleagues and groups in Tasklist rows, and the diagram beside a
			// task
			grants.add(new Grant(staff, Resources.USER, ANY, Permissions.READ));
			grants.add(new Grant(staff, Resources.GROUP, ANY, Permissions.READ));
			grants.add(new Grant(staff, Resources.PROCESS_DEFINITION, ANY, Permissions.READ));
			grants.add(new Grant(staff, Resources.PROCESS_DEFINITION, RECORD_CONTACT, Permissions.CREATE_INSTANCE));
			grants.add(new Grant(staff, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE));
		}
		// outreach staff (and their supervisors) record field referrals from Tasklist's
		// "Start process"
		for (ProgramGroup starter : List.of(OUTREACH, SUPERVISORS)) {
			grants.add(new Grant(starter, Resources.PROCESS_DEFINITION, FIELD_REFERRAL, Permissions.CREATE_INSTANCE));
		}
		grants.add(new Grant(SUPERVISORS, Resources.APPLICATION, COCKPIT, Permissions.ACCESS));
		grants.add(new Grant(SUPERVISORS, Resources.PROCESS_DEFINITION, ANY, Permissions.READ,
				Permissions.READ_INSTANCE, Permissions.READ_TASK, Permissions.READ_HISTORY));
		grants.add(new Grant(SUPERVISORS, Resources.PROCESS_INSTANCE, ANY, Permissions.READ));
		grants.add(new Grant(SUPERVISORS, Resources.TASK, ANY, Permissions.READ));
		grants.add(
				new Grant(SUPERVISORS, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY));
		grants.add(new Grant(SUPERVISORS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ));
		grants.add(new Grant(SUPERVISORS, Resources.DEPLOYMENT, ANY, Permissions.READ));
		for (Resources resource : Resources.values()) {
			grants.add(new Grant(PROGRAM_ADMINS, resource, ANY, Permissions.ALL));
		}
		return grants;
	}

	private void ensureGroup(ProgramGroup programGroup) {
		if (this.identityService.createGroupQuery().groupId(programGroup.id()).count() > 0) {
			return;
		}
		Group group = this.identityService.newGroup(programGroup.id());
		group.setName(programGroup.displayName());
		group.setType("WORKFLOW");
		this.identityService.saveGroup(group);
		log.info("Created group {}", programGroup.id());
	}

	private void ensureGrant(Grant grant) {
		GroupAuthorizations.grant(this.authorizationService, grant.group().id(), grant.resource(), grant.resourceId(),
				grant.permissions());
	}

	record Grant(ProgramGroup group, Resource resource, String resourceId, Permission... permissions) {
	}

}
