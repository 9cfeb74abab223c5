package org.kiosque.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

import org.junit.jupiter.api.Test;
import org.kiosque.article.ArchiveMonth;
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
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

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
		String published = "Publié à côté " + System.nanoTime();
		var beside = newsdesk.create(article(published, ArticleStatus.PUBLISHED), 0);

		// Each answer is the real, filled document (the published article is there), so
		// the draft's absence proves something.
		var feed = new Browser(port).get("/feed.xml");
		assertThat(feed.status()).isEqualTo(200);
		assertThat(feed.body()).contains(published).doesNotContain(headline);
		for (String sitemap : List.of(thisMonth(), "/news-sitemap.xml")) {
			var page = new Browser(port).get(sitemap);
			assertThat(page.status()).as(sitemap).isEqualTo(200);
			assertThat(page.body()).as(sitemap).contains(beside.path()).doesNotContain(draft.path());
		}
	}

	@Test
	void searchEnginesFindEveryPublishedArticleInTheSitemaps() {
		var written = newsdesk.create(article("Plan du site " + System.nanoTime(), ArticleStatus.PUBLISHED), 0);

		String index = new Browser(port).get("/sitemap.xml").body();
		assertThat(index).contains("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
			.contains("/sitemap-pages.xml</loc>")
			.contains(thisMonth() + "</loc>");
		String month = new Browser(port).get(thisMonth()).body();
		assertThat(month).contains("<loc>http://localhost").contains(written.path() + "</loc>");
		assertThat(new Browser(port).get("/sitemap-pages.xml").body()).contains("<loc>http://localhost");
		assertThat(new Browser(port).get("/news-sitemap.xml").body()).contains(written.path());
		assertThat(new Browser(port).get("/robots.txt").body()).contains("Sitemap: ").contains("/sitemap.xml");
	}

	@Test
	void everyPublishedArticleIsInExactlyOneChildSitemap() {
		var old = newsdesk.create(new ArticleDraft("Vieille affaire " + System.nanoTime(), null, "Texte.", null,
				List.of(), null, null, new LeadImage(null, null, null), ArticleStatus.PUBLISHED,
				Instant.parse("2019-03-31T23:59:59Z"), true, null), 0);
		var recent = newsdesk.create(article("Affaire récente " + System.nanoTime(), ArticleStatus.PUBLISHED), 0);

		var browser = new Browser(port);
		List<String> children = Pattern.compile("<loc>([^<]+)</loc>")
			.matcher(browser.get("/sitemap.xml").body())
			.results()
			.map(m -> URI.create(m.group(1)).getPath())
			.toList();
		assertThat(children).contains("/sitemap-2019-03.xml").doesNotHaveDuplicates();
		Map<String, Integer> seen = new HashMap<>();
		for (String child : children) {
			String body = browser.get(child).body();
			for (String path : List.of(old.path(), recent.path())) {
				if (body.contains(path + "</loc>")) {
					seen.merge(path, 1, Integer::sum);
				}
			}
		}
		assertThat(seen).containsEntry(old.path(), 1).containsEntry(recent.path(), 1);
	}

	@Test
	void theIndexListsEveryMonthThatHoldsAPublishedArticleAndNoOther() {
		// 1998: a year no other test publishes in; a gap in March, and a draft in April.
		for (String at : List.of("1998-01-01T00:00:00Z", "1998-01-31T23:59:59.999999Z", "1998-02-14T12:00:00Z",
				"1998-05-31T23:59:59Z")) {
			newsdesk.create(new ArticleDraft("Archive " + at + " " + System.nanoTime(), null, "Texte.", null, List.of(),
					null, null, new LeadImage(null, null, null), ArticleStatus.PUBLISHED, Instant.parse(at), true,
					null), 0);
		}
		newsdesk.create(new ArticleDraft("Brouillon d'avril " + System.nanoTime(), null, "Texte.", null, List.of(),
				null, null, new LeadImage(null, null, null), ArticleStatus.DRAFT, null, true, null), 0);

		var browser = new Browser(port);
		List<String> children = Pattern.compile("<loc>[^<]+(/sitemap-\\d{4}-\\d{2}(-\\d+)?\\.xml)</loc>")
			.matcher(browser.get("/sitemap.xml").body())
			.results()
			.map(m -> m.group(1))
			.toList();
		// Every month the database holds published articles in, grouped the slow way.
		List<String> expected = jdbc
			.sql("SELECT DISTINCT EXTRACT(YEAR FROM published_at AT TIME ZONE 'UTC'),"
					+ " EXTRACT(MONTH FROM published_at AT TIME ZONE 'UTC') FROM article"
					+ " WHERE status = 'PUBLISHED' AND published_at <= CURRENT_TIMESTAMP")
			.query((rs, n) -> "/sitemap-" + YearMonth.of(rs.getInt(1), rs.getInt(2)) + ".xml")
			.list();
		assertThat(children).containsExactlyInAnyOrderElementsOf(expected)
			.contains("/sitemap-1998-01.xml", "/sitemap-1998-02.xml", "/sitemap-1998-05.xml")
			.doesNotContain("/sitemap-1998-03.xml", "/sitemap-1998-04.xml");
		assertThat(browser.get("/sitemap-1998-01.xml").body()).contains("/article/archive-1998-01-01")
			.contains("/article/archive-1998-01-31");
		assertThat(browser.get("/sitemap-1998-03.xml").status()).isEqualTo(404);
	}

	@Test
	void sitemapsThatDoNotExistAreNotFound() {
		var browser = new Browser(port);
		assertThat(browser.get("/sitemap-1901-01.xml").status()).isEqualTo(404);
		assertThat(browser.get("/sitemap-2019-13.xml").status()).isEqualTo(404);
		assertThat(browser.get(thisMonth().replace(".xml", "-1.xml")).status()).isEqualTo(404);
		assertThat(browser.get(thisMonth().replace(".xml", "-2.xml")).status()).isEqualTo(404);
	}

	@Test
	void aMonthPastTwoThousandArticlesIsSplitIntoFilesOfAtMostTwoThousand() {
		var month = YearMonth.of(2026, 1);
		assertThat(Sitemaps.parts(new ArchiveMonth(month, 2_000, Instant.now()))).isEqualTo(1);
		assertThat(Sitemaps.parts(new ArchiveMonth(month, 2_001, Instant.now()))).isEqualTo(2);
		assertThat(Sitemaps.parts(new ArchiveMonth(month, 4_000, Instant.now()))).isEqualTo(2);
		assertThat(Sitemaps.parts(new ArchiveMonth(month, 4_001, Instant.now()))).isEqualTo(3);
		assertThat(Sitemaps.path(month, 1)).isEqualTo("/sitemap-2026-01.xml");
		assertThat(Sitemaps.path(month, 2)).isEqualTo("/sitemap-2026-01-2.xml");
	}

	@Test
	void aNewsSitemapWithoutEntriesIsStillAWellFormedUrlset() throws Exception {
		byte[] empty = new XmlDocument("urlset", Sitemaps.SITEMAP, "news", Sitemaps.NEWS).bytes();

		var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		var root = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(empty)).getDocumentElement();
		assertThat(root.getLocalName()).isEqualTo("urlset");
		assertThat(root.getNamespaceURI()).isEqualTo(Sitemaps.SITEMAP);
		assertThat(root.getChildNodes().getLength()).isLessThanOrEqualTo(1);
	}

	@Test
	void anEditedHeadlineKeepsTheEntrysGuidAndId() throws Exception {
		String headline = "Titre d’origine " + System.nanoTime();
		var written = newsdesk.create(article(headline, ArticleStatus.PUBLISHED), 0);
		SyndEntry before = entry("/feed.xml", headline);
		SyndEntry atomBefore = entry("/feed.atom", headline);

		String edited = "Titre corrigé " + System.nanoTime();
		var after = newsdesk.update(written.id(), article(edited, ArticleStatus.PUBLISHED));

		assertThat(after.slug()).isNotEqualTo(written.slug());
		SyndEntry rss = entry("/feed.xml", edited);
		SyndEntry atom = entry("/feed.atom", edited);
		assertThat(rss.getUri()).isEqualTo(before.getUri())
			.startsWith("tag:localhost,")
			.endsWith(":article:" + written.id());
		assertThat(atom.getUri()).isEqualTo(atomBefore.getUri()).isEqualTo(before.getUri());
		assertThat(rss.getLink()).endsWith(after.path());
		assertThat(new Browser(port).get("/feed.xml").body())
			.contains("<guid isPermaLink=\"false\">" + before.getUri() + "</guid>");
		assertThat(new Browser(port).get("/feed.atom").body()).contains("<id>" + before.getUri() + "</id>");
	}

	private SyndEntry entry(String feed, String headline) throws Exception {
		SyndFeed parsed = new SyndFeedInput().build(new StringReader(new Browser(port).get(feed).body()));
		return parsed.getEntries().stream().filter(e -> e.getTitle().equals(headline)).findFirst().orElseThrow();
	}

	private static String thisMonth() {
		return Sitemaps.path(YearMonth.now(ZoneOffset.UTC), 1);
	}

	@Test
	void unknownSectionFeedIsNotFound() {
		assertThat(new Browser(port).get("/section/nulle-part-" + System.nanoTime() + "/feed.xml").status())
			.isEqualTo(404);
	}

	private static ArticleDraft article(String headline, ArticleStatus status) {
		return new ArticleDraft(headline, "Chapeau.", "Texte.", null, List.of(), null, "APS",
				new LeadImage(null, null, null), status,
				// Published now: newer than what other tests published before, so within
				// the
				// feeds' latest entries.
				status == ArticleStatus.DRAFT ? null : Instant.now(), true, null);
	}

}
