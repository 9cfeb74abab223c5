package org.kiosque.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.kiosque.article.ArticleDraft;
import org.kiosque.article.ArticleStatus;
import org.kiosque.article.LeadImage;
import org.kiosque.article.Newsdesk;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A hit's excerpt: derived once from the body, encoded once, cut on a character and a
 * space of any kind; a hit whose excerpt cannot be made is shown without one, never as an
 * error page. What the reader typed is echoed cut the same way.
 */
@KiosqueTest
class SearchSnippetTests {

	@LocalServerPort
	int port;

	@Autowired
	Newsdesk newsdesk;

	@Test
	void aHitWhoseBodyIsSpacedOnlyWithNoBreakSpacesGetsItsOpening() {
		String marker = "nb" + System.nanoTime();
		String body = String.join("\u00a0", Collections.nCopies(80, "mot"));
		publish("Titre " + marker, body);

		Element hit = hit(marker);

		// wholeText, not text: jsoup's text() turns no-break spaces into plain ones.
		String snippet = hit.select("p").last().wholeText();
		assertThat(snippet).endsWith("mot…").hasSizeLessThanOrEqualTo(200);
		assertThat(body).startsWith(snippet.substring(0, snippet.length() - 1));
	}

	@Test
	void aHitWhoseBodyIsOnlySpacesIsShownWithoutAnExcerpt() {
		String marker = "vi" + System.nanoTime();
		publish("Titre seul " + marker, "\u00a0".repeat(300));

		Element hit = hit(marker);

		assertThat(hit.select("h2").text()).isEqualTo("Titre seul " + marker);
		assertThat(hit.select("p:not(.meta)")).isEmpty();
	}

	@Test
	void emojiAtTheCutOfAnOpeningStayWhole() {
		String marker = "em" + System.nanoTime();
		publish("Émojis " + marker, "y".repeat(198) + "\uD83D\uDE00\uD83D\uDE00 fin");

		var page = page(marker);
		String snippet = page.html().select(".search-hits li p:not(.meta)").text();

		assertThat(snippet).isEqualTo("y".repeat(198) + "…");
		assertThat(page.body()).doesNotContain("\uFFFD");
	}

	@Test
	void anExcerptAroundTheMatchedWordsIsEncodedOnce() {
		String marker = "pg" + System.nanoTime();
		publish("Rachat " + marker, "Le groupe Procter & Gamble rachète l'usine d'Oran " + marker + " si 3 < 4.");

		var page = page(marker);

		assertThat(page.body()).doesNotContain("&amp;amp;", "&amp;#39;", "&amp;#x27;", "&amp;lt;")
			.contains("Procter &amp; Gamble")
			.contains("3 &lt; 4");
		Element snippet = page.html().select(".search-hits li p:not(.meta)").first();
		assertThat(snippet.text())
			.isEqualTo("Le groupe Procter & Gamble rachète l'usine d'Oran " + marker + " si 3 < 4.");
		assertThat(snippet.select("mark").eachText()).containsExactly(marker);
	}

	@Test
	void aLongQueryIsEchoedCutOnACharacterNeverInHalf() {
		String query = "\uD83D\uDE00".repeat(150);

		var page = new Browser(port).get("/recherche?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("limitée à 200 caractères");
		String echoed = page.html().select("#q").val();
		assertThat(echoed).isEqualTo("\uD83D\uDE00".repeat(99) + "…");
		assertThat(page.html().title()).doesNotContain("\uFFFD").hasSizeLessThan(300);
		assertThat(page.body()).doesNotContain("\uFFFD");
	}

	@Test
	void aLongQuerySpacedWithNoBreakSpacesIsEchoedCutAtOne() {
		String query = String.join("\u00a0", Collections.nCopies(60, "mot"));

		var page = new Browser(port).get("/recherche?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select("#q").val()).endsWith("mot…").hasSizeLessThanOrEqualTo(200);
	}

	private Element hit(String marker) {
		return page(marker).html().select(".search-hits li").first();
	}

	private Browser.Page page(String marker) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> !new Browser(port).get("/recherche?q=" + marker).html().select(".search-hits li").isEmpty());
		var page = new Browser(port).get("/recherche?q=" + marker);
		assertThat(page.status()).isEqualTo(200);
		return page;
	}

	private void publish(String headline, String body) {
		newsdesk.create(new ArticleDraft(headline, null, body, null, List.of(), null, null,
				new LeadImage(null, null, null), ArticleStatus.PUBLISHED, Instant.now().minusSeconds(5), true, null),
				0);
	}

}
