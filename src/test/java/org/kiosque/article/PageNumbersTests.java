package org.kiosque.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Page numbers are checked at the edge of every listing: no number makes the offset
 * overflow or grow past a bound, pages that do not exist are not found (pages) or empty
 * (API), and an old page N moves to the keyset page that holds what it held.
 */
@KiosqueTest
class PageNumbersTests {

	@LocalServerPort
	int port;

	@Autowired
	Newsdesk newsdesk;

	@ParameterizedTest
	@ValueSource(strings = { "178956972", "2147483647", "2147483648", "99999999999999999999", "0", "-1", "abc", "1.5",
			"%C2%B2", "999999" })
	void aPageThatIsNoPageIsNotFoundInEveryListing(String page) {
		String section = newsdesk.ensureSection("Pages", 80);
		String tag = tagged("pages");
		var browser = new Browser(port);

		for (String path : List.of("/", "/section/" + section, "/tag/" + tag, "/recherche?q=article")) {
			String url = path + (path.contains("?") ? "&" : "?") + "page=" + page;
			assertThat(browser.get(url).status()).as(url).isEqualTo(404);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "101", "178956972", "2147483647" })
	void theApiAnswersPagesTooDeepToCountWithAProblemThatNamesThePage(String page) {
		var answer = new Browser(port).get("/api/content/articles?size=100&page=" + page);

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.body()).contains("\"parameter\":\"page\"");
	}

	@Test
	void theApiAnswersAnEmptyListPastTheEnd() {
		var answer = new Browser(port).get("/api/content/articles?size=100&page=" + ArticleCatalog.MAX_COUNTED_PAGE);

		assertThat(answer.status()).isEqualTo(200);
		JsonNode list = JsonMapper.shared().readTree(answer.body());
		assertThat(list.path("articles").isArray()).isTrue();
		assertThat(list.path("articles").size()).isZero();
		assertThat(list.path("page").asInt()).isEqualTo(ArticleCatalog.MAX_COUNTED_PAGE);
		assertThat(list.path("hasNext").asBoolean()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "-3", "2147483648", "abc" })
	void theApiRefusesWhatIsNoPageWithAProblem(String page) {
		var answer = new Browser(port).get("/api/content/articles?page=" + page);

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.body()).contains("\"parameter\":\"page\"");
	}

	@Test
	void anOldPageNumberMovesToTheKeysetPageThatHoldsWhatItHeld() {
		long n = System.nanoTime();
		String section = newsdesk.ensureSection("Rubrique paginée " + n, 81);
		String tag = "Paginée " + n;
		for (int i = 0; i < ArticlePages.PAGE_SIZE + 1; i++) {
			newsdesk.create(new ArticleDraft("Article " + i + " " + n, null, "Texte.", section, List.of(tag), null,
					null, new LeadImage(null, null, null), ArticleStatus.PUBLISHED, Instant.now().minusSeconds(60 + i),
					true, null), 0);
		}
		var browser = new Browser(port);
		String tagSlug = Slugs.of(tag);

		for (String path : List.of("/section/" + section, "/tag/" + tagSlug)) {
			var first = browser.get(path).html();
			assertThat(first.select("link[rel=canonical]").attr("href")).endsWith(path);
			String older = first.select("a[rel=next]").attr("href");
			assertThat(older).startsWith(path + "?avant=");
			var moved = browser.get(path + "?page=2");
			assertThat(moved.status()).isEqualTo(302);
			assertThat(moved.location()).endsWith(older);
			var second = browser.get(older);
			assertThat(second.status()).isEqualTo(200);
			assertThat(second.html().select("link[rel=canonical]").attr("href")).endsWith(older);
			assertThat(second.html().select("meta[name=robots]").attr("content")).isEqualTo("noindex");
			assertThat(second.html().select("h2, h3").text()).contains("Article 12 " + n);
			assertThat(browser.get(path + "?page=3").status()).isEqualTo(404);
			assertThat(browser.get(path + "?page=" + (ArticleCatalog.MAX_COUNTED_PAGE + 1)).status()).isEqualTo(404);
			assertThat(browser.get(path + "?avant=abc").status()).isEqualTo(404);
		}
		// The front page links its second page at the keyset address itself, where an
		// old /?page=2 moves: no redirect on the way.
		String more = browser.get("/").html().select("p.more a[rel=next]").attr("href");
		assertThat(more).startsWith("/?avant=");
		assertThat(browser.get("/?page=2").location()).endsWith(more);
		assertThat(browser.get(more).status()).isEqualTo(200);
	}

	private String tagged(String name) {
		newsdesk.create(new ArticleDraft("Étiqueté " + System.nanoTime(), null, "Texte.", null, List.of(name), null,
				null, new LeadImage(null, null, null), ArticleStatus.PUBLISHED, Instant.now().minusSeconds(5), true,
				null), 0);
		return Slugs.of(name);
	}

}
