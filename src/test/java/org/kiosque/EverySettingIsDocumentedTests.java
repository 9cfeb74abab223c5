package org.kiosque;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Ground rule: every setting is documented. The settings reference,
 * {@code docs/settings.md}, names each one in full; the README is a doorway to
 * {@code docs/}, not a copy of it.
 */
class EverySettingIsDocumentedTests {

	private static final Path SETTINGS = Path.of("docs", "settings.md");

	private static String reference() throws IOException {
		return Files.readString(SETTINGS);
	}

	@Test
	void everyKiosqueSettingInApplicationPropertiesIsInTheReference() throws IOException {
		Properties properties = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
			properties.load(in);
		}
		String reference = reference();
		assertThat(properties.stringPropertyNames().stream().filter(k -> k.startsWith("kiosque."))).isNotEmpty()
			.allSatisfy(key -> assertThat(reference).as(SETTINGS + ": " + key).contains("`" + key + "`"));
	}

	@Test
	void everySettingsRecordComponentIsInTheReference() throws Exception {
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
		List<String> keys = new ArrayList<>();
		for (var candidate : scanner.findCandidateComponents("org.kiosque")) {
			Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader());
			ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
			collect(annotation.value().isEmpty() ? annotation.prefix() : annotation.value(), type, keys);
		}
		String reference = reference();
		assertThat(keys).hasSizeGreaterThan(50)
			.allSatisfy(key -> assertThat(reference).as(SETTINGS + ": " + key).contains("`" + key + "`"));
	}

	@Test
	void theReadmeIsADoorwayWhoseMapReachesEveryPageOfTheDocs() throws IOException {
		List<String> readme = Files.readAllLines(Path.of("README.md"));
		assertThat(readme).as("README.md stays short: the rest lives in docs/").hasSizeLessThanOrEqualTo(150);
		Set<String> linked = new TreeSet<>();
		Matcher link = Pattern.compile("\\]\\((docs/[^)#]+)").matcher(String.join("\n", readme));
		while (link.find()) {
			linked.add(link.group(1));
		}
		assertThat(linked).allSatisfy(page -> assertThat(Path.of(page)).as("linked from README.md").isRegularFile());
		try (Stream<Path> docs = Files.walk(Path.of("docs"))) {
			assertThat(docs.filter(p -> p.toString().endsWith(".md")).map(p -> p.toString().replace('\\', '/')))
				.as("pages of docs/ missing from the README's map")
				.allSatisfy(page -> assertThat(linked).contains(page));
		}
	}

	private static void collect(String prefix, Class<?> type, List<String> keys) {
		for (RecordComponent component : type.getRecordComponents()) {
			String key = prefix + "."
					+ component.getName().replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
			if (component.getType().isRecord()) {
				collect(key, component.getType(), keys);
			}
			else {
				keys.add(key);
			}
		}
	}

}
