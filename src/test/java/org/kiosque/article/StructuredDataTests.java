package org.kiosque.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The article page's JSON-LD: whatever markup its fields hold, the script element ends
 * where it should and the rest of the page is still the page.
 */
@KiosqueTest
class StructuredDataTests {

	private static final String TRAP = "<!--<script>";

	@LocalServerPort
	int port;

	@Autowired
	Newsdesk newsdesk;

	@Test
	void markupInAnyFieldStaysInsideTheJson() {
		long n = System.nanoTime();
		String section = newsdesk.ensureSection("Rubrique " + TRAP + " " + n, 90);
		String headline = "Titre " + TRAP + " piégé " + n;
		var written = newsdesk.create(new ArticleDraft(headline, "Chapeau.", "Premier paragraphe.\n\nDernier mot.",
				section, List.of(), "Signé </script><!-- " + TRAP, "X<!--",
				new LeadImage("https://img.example/a.jpg?a=1&b=</script><!--<script>", "Légende " + TRAP, null),
				ArticleStatus.PUBLISHED, Instant.now().minusSeconds(5), true, null), 0);

		var page = new Browser(port).get(written.path());
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).doesNotContain("<!--<script>");
		Document html = page.html();
		List<Element> scripts = html.select("script[type=application/ld+json]");
		assertThat(scripts).hasSize(1);
		String json = scripts.getFirst().data();
		assertThat(json).doesNotContain("<", ">", "&");
		JsonNode ld = JsonMapper.shared().readTree(json);
		assertThat(ld.path("headline").asString()).isEqualTo(headline);
		assertThat(ld.path("articleSection").asString()).isEqualTo("Rubrique " + TRAP + " " + n);
		assertThat(ld.path("author").path("name").asString()).isEqualTo("Signé </script><!-- " + TRAP);
		assertThat(ld.path("image").path(0).asString())
			.isEqualTo("https://img.example/a.jpg?a=1&b=</script><!--<script>");
		// The article after the script is still the page's content, not script data.
		assertThat(html.select("h1").text()).isEqualTo(headline);
		assertThat(html.body().text()).contains("Dernier mot.");
	}

	@Test
	void anAgencyNameIsEmbeddedSafelyToo() {
		var written = newsdesk.create(new ArticleDraft("Dépêche " + System.nanoTime(), null, "Texte.", null, List.of(),
				null, "</script>", new LeadImage(null, null, null), ArticleStatus.PUBLISHED,
				Instant.now().minusSeconds(5), true, null), 0);

		String json = new Browser(port).get(written.path())
			.html()
			.select("script[type=application/ld+json]")
			.first()
			.data();

		assertThat(JsonMapper.shared().readTree(json).path("author").path("name").asString()).isEqualTo("</script>");
	}

}
