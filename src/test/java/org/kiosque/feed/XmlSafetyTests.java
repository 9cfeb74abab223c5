package org.kiosque.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

import org.junit.jupiter.api.Test;
import org.kiosque.article.ArticleCatalog;
import org.kiosque.article.ArticleDraft;
import org.kiosque.article.ArticleStatus;
import org.kiosque.article.LeadImage;
import org.kiosque.article.Newsdesk;
import org.kiosque.ingest.DispatchImport;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;

import tools.jackson.databind.json.JsonMapper;

/**
 * Characters legal in UTF-8 but not in XML 1.0 never break a feed or a sitemap: they are
 * taken out where text comes in, and again by every XML writer for rows that got past.
 */
@KiosqueTest
class XmlSafetyTests {

	private static final String NBSP = "\u00a0";

	@LocalServerPort
	int port;

	@Autowired
	Newsdesk newsdesk;

	@Autowired
	ArticleCatalog catalog;

	@Autowired
	DispatchImport importer;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Test
	void aDispatchWithAVerticalTabInItsHeadlineIsImportedWithASpace() {
		long n = System.nanoTime();
		String dispatch = "Connectez-vous\n\nDeux\u000Bmots " + n
				+ "\n\n1er mai 2025\n\nPremier\u000Cparagraphe\uFFFF. [APS]" + "\n\n" + NBSP
				+ "\nNombre de lectures : 3 fois\n";

		var outcome = importer.importBytes(dispatch.getBytes(StandardCharsets.UTF_8),
				DispatchImport.Options.published(null));

		assertThat(outcome).isInstanceOf(DispatchImport.Imported.class);
		long id = ((DispatchImport.Imported) outcome).articleId();
		var article = catalog.byId(id).orElseThrow();
		assertThat(article.headline()).isEqualTo("Deux mots " + n);
		assertThat(article.bodyHtml()).contains("Premier paragraphe.").doesNotContain("\u000C", "\uFFFF");
		assertWellFormedEverywhere();
	}

	@Test
	void theNewsdeskTakesOutWhatXmlRefusesFromEveryField() {
		long n = System.nanoTime();
		var written = newsdesk.create(new ArticleDraft("Un\u000Btitre\u0000 " + n, "Cha\u0001peau\u000Cici",
				"Corps\u000Bdu\uFFFEtexte", null, List.of("Éti\u0002quette " + n), "Si\u0003gné", "AP\u0004S",
				new LeadImage(null, "Lé\u0005gende", "Cré\u0006dit"), ArticleStatus.PUBLISHED,
				Instant.now().minusSeconds(1), true, null), 0);

		var article = catalog.byId(written.id()).orElseThrow();
		assertThat(article.headline()).isEqualTo("Un titre " + n);
		assertThat(article.standfirst()).isEqualTo("Chapeau\nici");
		assertThat(article.bodyHtml()).contains("Corps").contains("dutexte").doesNotContain("\u000B", "\uFFFE");
		assertThat(article.tags()).extracting(t -> t.name()).containsExactly("Étiquette " + n);
		assertThat(article.byline()).isEqualTo("Signé");
		assertThat(article.source().code()).isEqualTo("APS");
		assertThat(article.image().caption()).isEqualTo("Légende");
		assertThat(article.image().credit()).isEqualTo("Crédit");
		assertWellFormedEverywhere();
	}

	@Test
	void rowsWrittenBeforeTheRuleStillGiveWellFormedFeedsAndSitemaps() throws Exception {
		long n = System.nanoTime();
		String section = newsdesk.ensureSection("Brute " + n, 95);
		// Straight into the table, as an older version or a hand-made fix could have.
		jdbc.sql("""
				INSERT INTO article (slug, headline, standfirst, body_markdown, body_html, section_id, source, status,
				    published_at, time_known, created_at, updated_at)
				VALUES (:slug, :headline, :standfirst, 'x', '<p>x</p>', (SELECT id FROM section WHERE slug = :section),
				    :source, 'PUBLISHED', :at, TRUE, :at, :at)
				""")
			.param("slug", "brut-" + n)
			.param("headline", "Deux\u000Bmots\u0001 brut\uFFFF " + n)
			.param("standfirst", "Chapeau\u000C\u001F")
			.param("section", section)
			.param("source", "A\u0002A")
			.param("at", OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1))
			.update();
		newsdesk.ensureSection("Autre " + n, 96); // drops the node's caches, as any write
													// would

		for (String feed : List.of("/feed.xml", "/feed.atom", "/section/" + section + "/feed.xml")) {
			var page = new Browser(port).get(feed);
			assertThat(page.status()).as(feed).isEqualTo(200);
			SyndFeed parsed = new SyndFeedInput().build(new StringReader(page.body()));
			assertThat(parsed.getEntries()).as(feed)
				.anySatisfy(e -> assertThat(e.getTitle()).isEqualTo("Deux mots brut " + n));
		}
		assertThat(text(wellFormed("/news-sitemap.xml"))).contains("Deux mots brut " + n);
		assertWellFormedEverywhere();
		String month = LocalDate.now(ZoneOffset.UTC).toString().substring(0, 7);
		assertThat(text(wellFormed("/sitemap-" + month + ".xml"))).contains("/article/brut-" + n);
	}

	@Test
	void jsonBodiesAreCleanedLikeForms() {
		Map<?, ?> read = json.readValue("{\"a\":\"un\\u000Bdeux\\u0001\\uFFFF\"}", Map.class);

		assertThat(read.get("a")).isEqualTo("un\ndeux");
	}

	private void assertWellFormedEverywhere() {
		for (String path : List.of("/feed.xml", "/feed.atom", "/sitemap.xml", "/sitemap-pages.xml",
				"/news-sitemap.xml")) {
			wellFormed(path);
		}
	}

	private Document wellFormed(String path) {
		var page = new Browser(port).get(path);
		assertThat(page.status()).as(path).isEqualTo(200);
		try {
			var factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			return factory.newDocumentBuilder()
				.parse(new ByteArrayInputStream(page.body().getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception e) {
			throw new AssertionError(path + " is not well-formed XML: " + e.getMessage(), e);
		}
	}

	private static String text(Document document) {
		return document.getDocumentElement().getTextContent();
	}

}
