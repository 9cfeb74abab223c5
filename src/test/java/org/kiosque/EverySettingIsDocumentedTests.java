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

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/** Ground rule: every setting is documented. The README names each one in full. */
class EverySettingIsDocumentedTests {

	private static String readme() throws IOException {
		return Files.readString(Path.of("README.md"));
	}

	@Test
	void everyKiosqueSettingInApplicationPropertiesIsInTheReadme() throws IOException {
		Properties properties = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
			properties.load(in);
		}
		String readme = readme();
		assertThat(properties.stringPropertyNames().stream().filter(k -> k.startsWith("kiosque."))).isNotEmpty()
			.allSatisfy(key -> assertThat(readme).as(key).contains("`" + key + "`"));
	}

	@Test
	void everySettingsRecordComponentIsInTheReadme() throws Exception {
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
		List<String> keys = new ArrayList<>();
		for (var candidate : scanner.findCandidateComponents("org.kiosque")) {
			Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader());
			ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
			collect(annotation.value().isEmpty() ? annotation.prefix() : annotation.value(), type, keys);
		}
		String readme = readme();
		assertThat(keys).hasSizeGreaterThan(50).allSatisfy(key -> assertThat(readme).as(key).contains("`" + key + "`"));
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
