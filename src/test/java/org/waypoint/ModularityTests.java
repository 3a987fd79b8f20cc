package org.waypoint;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * Package-by-feature boundaries (DESIGN.md section 2): a feature's root package is its
 * API and knows nothing of Camunda; its process/ and web/ packages are its own; features
 * do not depend on each other in circles. {@code platform} (access, Tasklist, engine)
 * serves every feature and depends on none; {@code demo} seeds a first look and may reach
 * anywhere.
 */
@AnalyzeClasses(packages = "org.waypoint", importOptions = ImportOption.DoNotIncludeTests.class)
class ModularityTests {

	private static final String FEATURE_ROOT = "org\\.waypoint\\.(?!platform|demo)[a-z]+";

	@ArchTest
	static final ArchRule domainKnowsNothingOfTheEngine = noClasses().that()
		.resideInAPackage("org.waypoint..")
		.and()
		.resideOutsideOfPackages("..process..", "..web..", "org.waypoint.platform..", "org.waypoint.demo..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.camunda..")
		.because("domain services know nothing of BPMN; delegates in process/ translate");

	@ArchTest
	static final ArchRule featuresKeepTheirProcessAndWebToThemselves = noClasses().that()
		.resideInAPackage("org.waypoint..")
		.and()
		.resideOutsideOfPackages("org.waypoint.platform..", "org.waypoint.demo..")
		.should(reachIntoAnotherFeaturesInternals());

	@ArchTest
	static final ArchRule featuresAreFreeOfCycles = slices().matching("org.waypoint.(*)..").should().beFreeOfCycles();

	private static ArchCondition<JavaClass> reachIntoAnotherFeaturesInternals() {
		return new ArchCondition<>("use another feature's process/ or web/ package") {
			@Override
			public void check(JavaClass origin, ConditionEvents events) {
				String originFeature = feature(origin.getPackageName());
				origin.getDirectDependenciesFromSelf().forEach(dependency -> {
					String target = dependency.getTargetClass().getPackageName();
					boolean internal = target.matches(FEATURE_ROOT + "\\.(process|web)(\\..*)?");
					if (internal && !feature(target).equals(originFeature)) {
						events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
					}
				});
			}
		};
	}

	private static String feature(String packageName) {
		String[] parts = packageName.split("\\.");
		return (parts.length > 2) ? parts[2] : "";
	}

}
