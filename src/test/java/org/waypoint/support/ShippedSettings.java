package org.waypoint.support;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.waypoint.capacity.CaseloadStandards;

/** The settings as application.yaml ships them, for tests without a Spring context. */
public final class ShippedSettings {

	private ShippedSettings() {
	}

	/**
	 * The caseload standards a site gets unless it sets its own (source 000's numbers).
	 */
	public static CaseloadStandards caseloadStandards() {
		YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(new ClassPathResource("application.yaml"));
		return new Binder(new MapConfigurationPropertySource(yaml.getObject()))
			.bind("waypoint.capacity.standards", CaseloadStandards.class)
			.get();
	}

}
