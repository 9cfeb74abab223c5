package org.kiosque.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

/**
 * Every feature's French and English bundles have the same labels, and French writes its
 * apostrophe ’: an ASCII one is eaten by the message format where a label has arguments
 * and shows doubled ({@code d''intérêt}) where it has none.
 */
class LabelBundlesTests {

	@ParameterizedTest
	@ValueSource(strings = { "account", "article", "author", "cli", "cli-help", "comment", "desk", "ingest", "legal",
			"media", "newsletter", "newsroom", "reading", "revisions", "schedule", "search", "sections", "site",
			"wires" })
	void frenchAndEnglishBundlesHaveTheSameKeys(String feature) throws Exception {
		Properties french = load("messages/" + feature + ".properties");
		Properties english = load("messages/" + feature + "_en.properties");
		assertThat(french).isNotEmpty();
		assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(french.stringPropertyNames());
		french.stringPropertyNames().forEach(key -> assertThat(french.getProperty(key)).as(key).doesNotContain("'"));
	}

	private static Properties load(String path) throws Exception {
		Properties properties = new Properties();
		try (var in = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties;
	}

}
