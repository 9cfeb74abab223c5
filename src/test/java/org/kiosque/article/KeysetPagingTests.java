package org.kiosque.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A listing's older pages go by keyset ("Articles plus anciens", {@code ?avant=}): a
 * reader who walks down a section while the newsroom publishes sees every article once,
 * none skipped, none twice, and can walk back up ({@code ?apres=}).
 */
@KiosqueTest
class KeysetPagingTests {

	@LocalServerPort
	int port;

	@Autowired
	Newsdesk newsdesk;

	@Test
	void walkingDownASectionWhileArticlesArePublishedShowsEachArticleOnce() {
		long n = System.nanoTime();
		String section = newsdesk.ensureSection("Rubrique profonde " + n, 82);
		int count = 3 * ArticlePages.PAGE_SIZE + 2;
		List<String> written = new ArrayList<>();
		// One clock reading: on a loaded machine a publication takes more than the second
		// between two articles' times, and a later Instant.now() would make a later
		// article
		// the newer one.
		Instant start = Instant.now();
		for (int i = 0; i < count; i++) {
			written.add(publish("Profond " + i + " " + n, section, start.minusSeconds(600 + i)).slug());
		}
		var browser = new Browser(port);
		String path = "/section/" + section;

		List<String> seen = new ArrayList<>();
		Document page = browser.get(path).html();
		seen.addAll(slugs(page));
		int pages = 1;
		while (!page.select("a[rel=next]").isEmpty()) {
			// A new article at the top between two loads: page numbers would shift every
			// article one place down, and the next page would repeat one.
			publish("Entre deux pages " + pages + " " + n, section, Instant.now().minusSeconds(1));
			String next = page.select("a[rel=next]").attr("href");
			assertThat(next).startsWith(path + "?avant=");
			var answer = browser.get(next);
			assertThat(answer.status()).isEqualTo(200);
			page = answer.html();
			assertThat(page.select("link[rel=canonical]").attr("href")).endsWith(next);
			assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
			assertThat(page.select("a[rel=prev]").attr("href")).startsWith(path + "?apres=");
			seen.addAll(slugs(page));
			pages++;
		}

		assertThat(seen).doesNotHaveDuplicates().containsExactlyElementsOf(written);
		assertThat(pages).isEqualTo(4);
	}

	@Test
	void walkingBackUpEndsAtTheListingsOwnAddress() {
		long n = System.nanoTime();
		String section = newsdesk.ensureSection("Rubrique remontée " + n, 83);
		List<String> written = new ArrayList<>();
		Instant start = Instant.now();
		for (int i = 0; i < 2 * ArticlePages.PAGE_SIZE + 1; i++) {
			written.add(publish("Remontée " + i + " " + n, section, start.minusSeconds(600 + i)).slug());
		}
		var browser = new Browser(port);
		String path = "/section/" + section;
		Document first = browser.get(path).html();
		Document second = browser.get(first.select("a[rel=next]").attr("href")).html();
		Document third = browser.get(second.select("a[rel=next]").attr("href")).html();
		assertThat(slugs(third)).containsExactly(written.getLast());
		assertThat(third.select("a[rel=next]")).isEmpty();

		Document backToSecond = browser.get(third.select("a[rel=prev]").attr("href")).html();
		assertThat(slugs(backToSecond)).containsExactlyElementsOf(slugs(second));
		var top = browser.get(backToSecond.select("a[rel=prev]").attr("href"));
		assertThat(top.status()).isEqualTo(302);
		assertThat(top.location()).endsWith(path);
	}

	@Test
	void aKeysetPastTheEndIsNotFound() {
		long n = System.nanoTime();
		String section = newsdesk.ensureSection("Rubrique courte " + n, 84);
		Newsdesk.Written only = publish("Seul " + n, section, Instant.now().minusSeconds(30));
		var browser = new Browser(port);

		assertThat(browser.get("/section/" + section).html().select("a[rel=next]")).isEmpty();
		String pastTheEnd = "/section/" + section + "?avant="
				+ new Keyset(Instant.now().minusSeconds(30 * 60), only.id()).token();
		assertThat(browser.get(pastTheEnd).status()).isEqualTo(404);
		assertThat(browser.get("/section/" + section + "?avant=99999999999999999999-1").status()).isEqualTo(404);
	}

	private Newsdesk.Written publish(String headline, String section, Instant at) {
		return newsdesk.create(new ArticleDraft(headline, null, "Texte.", section, List.of(), null, null,
				new LeadImage(null, null, null), ArticleStatus.PUBLISHED, at, true, null), 0);
	}

	private static List<String> slugs(Document page) {
		return page.select(".section-page article.lead-story h2 a, .section-page li.teaser h3 a")
			.stream()
			.map(a -> a.attr("href").substring("/article/".length()))
			.toList();
	}

}
