package org.kiosque.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public {@code /corrections} page: every correction of a visible article, newest
 * first, with the article's headline, link and the date; paged, each page its own
 * canonical address, pages past the end a 404; valid HTML.
 */
@KiosqueTest
class CorrectionsPageTests {

	@LocalServerPort
	int port;

	@Autowired
	Newsdesk newsdesk;

	@Autowired
	Corrections corrections;

	@Test
	void theNewestCorrectionComesFirstWithItsArticleAndDate() {
		var older = published("Le pont rouvert " + System.nanoTime());
		String newerHeadline = "La rentrée scolaire " + System.nanoTime();
		var newer = published(newerHeadline);
		corrections.add(older.id(), "Le pont rouvre lundi, et non mardi.", 7, "Claire");
		corrections.add(newer.id(), "La rentrée a lieu le 1er septembre.", 7, "Claire");

		var page = new Browser(port).get("/corrections");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("Cache-Control")).contains("public");
		assertThat(page.html().select("h1").text()).isEqualTo("Correctifs");
		List<Element> items = page.html().select("ol.correction-list > li");
		assertThat(items).hasSizeGreaterThanOrEqualTo(2);
		assertThat(items.get(0).select("h2 a").text()).isEqualTo(newerHeadline);
		assertThat(items.get(0).select("h2 a").attr("href")).isEqualTo(newer.path());
		assertThat(items.get(0).select("time").text()).matches("Correctif du \\d{1,2}(er)? \\p{L}+ \\d{4}");
		assertThat(items.get(0).select("time").attr("datetime")).matches("\\d{4}-\\d\\d-\\d\\dT.*");
		assertThat(items.get(0).text()).contains("La rentrée a lieu le 1er septembre.");
		assertThat(items.get(1).select("h2 a").attr("href")).isEqualTo(older.path());
		assertThat(page.html().select("link[rel=canonical]").attr("href")).endsWith("/corrections");
		assertThat(page.html().select("footer a[href=/corrections]")).isNotEmpty();
		assertThat(HtmlValidityTests.errors(page.body())).isEmpty();
	}

	@Test
	void aCorrectionOfAnArticleSinceUnpublishedIsNoLongerListed() {
		String headline = "Retiré après correction " + System.nanoTime();
		var article = published(headline);
		corrections.add(article.id(), "Une correction d’un article retiré.", 7, "Claire");
		assertThat(new Browser(port).get("/corrections").body()).contains(headline);

		newsdesk.update(article.id(), CorrectionsTests.draft(headline, ArticleStatus.DRAFT, null));

		assertThat(new Browser(port).get("/corrections").body()).doesNotContain(headline);
	}

	@Test
	void theListIsPagedWithACanonicalAddressPerPageAndNothingPastTheEnd() {
		var article = published("Un article souvent corrigé " + System.nanoTime());
		List<String> texts = new ArrayList<>();
		for (int i = 1; i <= Corrections.PAGE_SIZE + 1; i++) {
			String text = "Correction numéro " + i + " " + System.nanoTime();
			corrections.add(article.id(), text, 7, "Claire");
			texts.add(text);
		}

		var first = new Browser(port).get("/corrections");
		var second = new Browser(port).get("/corrections?page=2");

		assertThat(first.html().select("ol.correction-list > li")).hasSize(Corrections.PAGE_SIZE);
		assertThat(first.body()).contains(texts.getLast()).doesNotContain(texts.getFirst() + "<");
		assertThat(first.html().select("a[rel=next]").attr("href")).isEqualTo("/corrections?page=2");
		assertThat(first.html().select("a[rel=prev]")).isEmpty();
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.body()).contains(texts.getFirst() + "<");
		assertThat(second.html().select("link[rel=canonical]").attr("href")).endsWith("/corrections?page=2");
		assertThat(second.html().select("a[rel=prev]").attr("href")).isEqualTo("/corrections");
		assertThat(HtmlValidityTests.errors(second.body())).isEmpty();

		String pastTheEnd = "/corrections?page=" + 1_000_000;
		for (String path : List.of(pastTheEnd, "/corrections?page=0", "/corrections?page=-1", "/corrections?page=x",
				"/corrections?page=99999999999")) {
			assertThat(new Browser(port).get(path).status()).as(path).isEqualTo(404);
		}
	}

	@Test
	void aCorrectedArticlePageHasNoHtmlError() {
		var article = published("Un article corrigé et valide " + System.nanoTime());
		corrections.add(article.id(), "Le maire s’appelle Jeanne Martin, et non Jeanne Martine.", 7, "Claire");
		corrections.add(article.id(), "La séance a eu lieu mardi.", 7, "Claire");

		var page = new Browser(port).get(article.path());

		assertThat(page.html().select("section.corrections p.correction")).hasSize(2);
		assertThat(page.html().select("section.corrections p.correction").first().text())
			.contains("Jeanne Martin, et non Jeanne Martine.");
		assertThat(HtmlValidityTests.errors(page.body())).isEmpty();
	}

	private Newsdesk.Written published(String headline) {
		return newsdesk
			.create(CorrectionsTests.draft(headline, ArticleStatus.PUBLISHED, Instant.now().minusSeconds(60)), 0);
	}

}
