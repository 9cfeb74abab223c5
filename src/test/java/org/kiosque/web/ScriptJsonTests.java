package org.kiosque.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** JSON embedded in a page holds no markup, whatever its strings hold. */
class ScriptJsonTests {

	@Test
	void markupCharactersAndLineSeparatorsAreWrittenAsEscapes() {
		String text = ScriptJson.of(Map.of("headline", "<!--<script>a & b</script> \u2028\u2029 »")).text();

		assertThat(text).doesNotContain("<", ">", "&", "\u2028", "\u2029")
			.contains("\\u003c!--\\u003cscript\\u003ea \\u0026 b\\u003c", "script\\u003e \\u2028\\u2029 »");
	}

	@Test
	void theJsonMeansTheSameAsOrdinaryJson() {
		Map<String, Object> value = new LinkedHashMap<>();
		value.put("headline", "</script><!-- « Titre » & co \u2028");
		value.put("image", List.of("https://example.org/a.jpg?x=1&y=<2>"));
		value.put("nested", Map.of("name", "-->"));

		String text = ScriptJson.of(value).text();

		assertThat(JsonMapper.shared().readTree(text)).isEqualTo(JsonMapper.shared().valueToTree(value));
	}

}
