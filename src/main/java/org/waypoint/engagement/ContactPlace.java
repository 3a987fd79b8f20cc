package org.waypoint.engagement;

import io.swagger.v3.oas.annotations.media.Schema;

/** Where a contact happened: case management is not office-based (source 000). */
@Schema(enumAsRef = true,
		description = """
				Where a contact happened (case management is not office-based): `FIELD`, `OFFICE`, `PHONE`, `JAIL`, `HOSPITAL`, `SHELTER`.""")
public enum ContactPlace {

	FIELD, OFFICE, PHONE, JAIL, HOSPITAL, SHELTER

}
