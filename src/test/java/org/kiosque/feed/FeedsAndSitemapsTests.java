package org.kiosque.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

import org.junit.jupiter.api.Test;
import org.kiosque.article.ArticleDraft;
import org.kiosque.article.ArticleStatus;
import org.kiosque.article.LeadImage;
import org.kiosque.article.Newsdesk;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@KiosqueTest
class FeedsAndSitemapsTests {

	@LocalServerPort
	int port;

	@Autowired
	Newsdesk newsdesk;

	@Test
	void feedReadersGetTheLatestArticleWithItsHeadlineAndLink() throws Exception {
		String headline = "« Flux » d’essai & compagnie " + System.nanoTime();
		var written = newsdesk.create(article(headline, ArticleStatus.PUBLISHED), 0);

		var page = new Browser(port).get("/feed.xml");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("Content-Type")).startsWith("application/rss+xml");
		SyndFeed feed = new SyndFeedInput().build(new StringReader(page.body()));
		assertThat(feed.getEntries()).anySatisfy(entry -> {
			assertThat(entry.getTitle()).isEqualTo(headline);
			assertThat(entry.getLink()).endsWith(written.path());
		});

		SyndFeed atom = new SyndFeedInput().build(new StringReader(new Browser(port).get("/feed.atom").body()));
		assertThat(atom.getEntries()).anySatisfy(entry -> assertThat(entry.getTitle()).isEqualTo(headline));
	}

	@Test
	void draftsNeverReachFeedsOrSitemaps() {
		String headline = "Brouillon secret " + System.nanoTime();
		var draft = newsdesk.create(article(headline, ArticleStatus.DRAFT), 0);

		assertThat(new Browser(port).get("/feed.xml").body()).doesNotContain(headline);
		assertThat(new Browser(port).get("/sitemap.xml").body()).doesNotContain(draft.path());
		assertThat(new Browser(port).get("/news-sitemap.xml").body()).doesNotContain(draft.path());
	}

	@Test
	void searchEnginesFindEveryPublishedArticleInTheSitemaps() {
		var written = newsdesk.create(article("Plan du site " + System.nanoTime(), ArticleStatus.PUBLISHED), 0);

		String sitemap = new Browser(port).get("/sitemap.xml").body();
		assertThat(sitemap).contains("<loc>http://localhost").contains(written.path() + "</loc>");
		assertThat(new Browser(port).get("/news-sitemap.xml").body()).contains(written.path());
		assertThat(new Browser(port).get("/robots.txt").body()).contains("Sitemap: ").contains("/sitemap.xml");
	}

	@Test
	void unknownSectionFeedIsNotFound() {
		assertThat(new Browser(port).get("/section/nulle-part-" + System.nanoTime() + "/feed.xml").status())
			.isEqualTo(404);
	}

	private static ArticleDraft article(String headline, ArticleStatus status) {
		return new ArticleDraft(headline, "Chapeau.", "Texte.", null, List.of(), null, "APS",
				new LeadImage(null, null, null), status,
				status == ArticleStatus.DRAFT ? null : Instant.now().minusSeconds(30), true, null);
	}

}
