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
 * overflow, pages that do not exist are not found (pages) or empty (API), and page N says
 * it is page N.
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
	@ValueSource(strings = { "178956972", "2147483647", "21474837" })
	void theApiAnswersAnEmptyListPastTheEnd(String page) {
		var answer = new Browser(port).get("/api/content/articles?size=100&page=" + page);

		assertThat(answer.status()).isEqualTo(200);
		JsonNode list = JsonMapper.shared().readTree(answer.body());
		assertThat(list.path("articles").isArray()).isTrue();
		assertThat(list.path("articles").size()).isZero();
		assertThat(list.path("page").asInt()).isEqualTo(Integer.parseInt(page));
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
	void pageNCanonicalUrlIsPageN() {
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
			var second = browser.get(path + "?page=2");
			assertThat(second.status()).isEqualTo(200);
			assertThat(second.html().select("link[rel=canonical]").attr("href")).endsWith(path + "?page=2");
			assertThat(browser.get(path + "?page=3").status()).isEqualTo(404);
		}
		assertThat(browser.get("/?page=2").html().select("link[rel=canonical]").attr("href")).endsWith("/?page=2");
	}

	private String tagged(String name) {
		newsdesk.create(new ArticleDraft("Étiqueté " + System.nanoTime(), null, "Texte.", null, List.of(name), null,
				null, new LeadImage(null, null, null), ArticleStatus.PUBLISHED, Instant.now().minusSeconds(5), true,
				null), 0);
		return Slugs.of(name);
	}

}
