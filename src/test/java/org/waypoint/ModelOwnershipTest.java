package org.waypoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

/**
 * One owner per model: a model belongs to the feature whose process/ package declares its
 * key, and every bean its expressions call (delegates, listeners, timers, conditions,
 * each bean of an expression that calls several) is that feature's own; a name whose
 * member an expression reads must be a bean. What a model needs of another feature it
 * gets by calling that feature's process, or through a delegate of its own that calls the
 * feature's API.
 */
class ModelOwnershipTest {

	/** An expression of a model: ${...} or #{...}. */
	private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");

	/** A name whose member an expression reads: bean.method(...), bean.property. */
	private static final Pattern MEMBER_OWNER = Pattern.compile("(?<![\\w.])([A-Za-z_]\\w*)\\s*\\.");

	/** A whole expression that is one name: a delegate (${bean}) or a variable. */
	private static final Pattern ONE_NAME = Pattern.compile("\\s*([A-Za-z_]\\w*)\\s*");

	/** What the engine itself puts in an expression's scope. */
	private static final Set<String> ENGINE_NAMES = Set.of("execution", "task");

	private static final Pattern PROCESS_KEY = Pattern.compile("<bpmn:process id=\"([^\"]+)\"");

	private static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.waypoint");
	}

	@Test
	void everyBeanAModelCallsBelongsToTheFeatureThatOwnsTheModel() throws IOException {
		Map<String, String> featureOfBean = beanFeatures();
		Map<String, String> featureOfKey = declaredKeys();
		List<String> strays = new ArrayList<>();
		for (Path model : models()) {
			String xml = Files.readString(model);
			String key = single(PROCESS_KEY, xml);
			String owner = featureOfKey.get(key);
			assertThat(owner)
				.as("%s: a declaration class in some feature's process/ package holds KEY \"%s\"", model.getFileName(),
						key)
				.isNotNull();
			Matcher expression = EXPRESSION.matcher(xml);
			while (expression.find()) {
				for (String bean : beansIn(expression.group(1), featureOfBean)) {
					String feature = featureOfBean.get(bean);
					if (feature == null) {
						strays.add("%s (%s) calls %s, which is no bean".formatted(model.getFileName(), owner, bean));
					}
					else if (!feature.equals(owner)) {
						strays.add("%s (%s) calls %s of %s".formatted(model.getFileName(), owner, bean, feature));
					}
				}
			}
		}
		assertThat(strays).as("beans called by a model another feature owns").isEmpty();
	}

	@Test
	void theTestReadsTheBeansAndKeysItJudgesBy() {
		assertThat(beanFeatures()).containsEntry("contactWatch", "engagement")
			.containsEntry("crisisSteps", "crisis")
			.containsEntry("decideCapacity", "lifecycle");
		assertThat(declaredKeys()).containsEntry("case-management", "lifecycle")
			.containsEntry("contact-watch", "engagement")
			.containsEntry("crisis-response", "crisis");
	}

	/**
	 * The beans an expression calls: every name whose member it reads, and a lone name
	 * that is a bean (a name that is not is a variable).
	 */
	private static List<String> beansIn(String expression, Map<String, String> featureOfBean) {
		List<String> beans = new ArrayList<>();
		Matcher owner = MEMBER_OWNER.matcher(expression);
		while (owner.find()) {
			if (!ENGINE_NAMES.contains(owner.group(1))) {
				beans.add(owner.group(1));
			}
		}
		Matcher oneName = ONE_NAME.matcher(expression);
		if (oneName.matches() && featureOfBean.containsKey(oneName.group(1))) {
			beans.add(oneName.group(1));
		}
		return beans;
	}

	/** Each named bean of the application, by name, with its feature. */
	private static Map<String, String> beanFeatures() {
		Map<String, String> features = new HashMap<>();
		for (JavaClass bean : classes) {
			beanName(bean).ifPresent(name -> features.put(name, feature(bean)));
		}
		return features;
	}

	private static Optional<String> beanName(JavaClass type) {
		String named = type.tryGetAnnotationOfType(Component.class)
			.map(Component::value)
			.or(() -> type.tryGetAnnotationOfType(Service.class).map(Service::value))
			.orElse(null);
		if (named == null) {
			return Optional.empty();
		}
		String simple = type.getSimpleName();
		return Optional.of(named.isEmpty() ? Character.toLowerCase(simple.charAt(0)) + simple.substring(1) : named);
	}

	/**
	 * The models' keys, from the declaration classes' KEY constants, with their feature.
	 */
	private static Map<String, String> declaredKeys() {
		Map<String, String> keys = new HashMap<>();
		for (JavaClass declaration : classes) {
			if (declaration.getPackageName().endsWith(".process")) {
				declaration.tryGetField("KEY").ifPresent(field -> {
					try {
						Field key = field.reflect();
						key.setAccessible(true);
						keys.put((String) key.get(null), feature(declaration));
					}
					catch (IllegalAccessException ex) {
						throw new IllegalStateException(ex);
					}
				});
			}
		}
		return keys;
	}

	private static String feature(JavaClass type) {
		return type.getPackageName().split("\\.")[2];
	}

	private static List<Path> models() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("processes"))) {
			return files.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList();
		}
	}

	private static String single(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

}
