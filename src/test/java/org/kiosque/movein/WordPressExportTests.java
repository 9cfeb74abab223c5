package org.kiosque.movein;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * What the WXR reader takes for a WordPress export, and what it refuses before anything
 * is imported.
 */
class WordPressExportTests {

	@Test
	void xmlOfAnotherKindIsRefusedRatherThanReadAsAnEmptyExport() {
		for (String other : new String[] { "<html><body><p>Bonjour</p></body></html>",
				"<rss version=\"2.0\"><channel><title>Un flux</title><item><title>Un article</title></item></channel></rss>" }) {
			assertThatIOException().as(other)
				.isThrownBy(() -> read(other))
				.withMessageContaining("wordpress.org/export/");
		}
	}

	@Test
	void anExportWithoutPostsIsStillAnExport() throws IOException {
		WordPressExport export = read("""
				<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/">
				<channel><title>Le Journal</title><link>https://journal.example</link>
				<wp:wxr_version>1.2</wp:wxr_version><wp:base_blog_url>https://journal.example</wp:base_blog_url>
				</channel></rss>
				""");
		assertThat(export.items()).isEmpty();
		assertThat(export.siteUrl()).isEqualTo("https://journal.example");
	}

	private static WordPressExport read(String xml) throws IOException {
		return WordPressExport.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

}
