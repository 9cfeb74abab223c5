package org.kiosque.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import com.rometools.rome.feed.synd.SyndEntry;
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
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Headlines, standfirsts and section names holding {@code &}, quotes, apostrophes and
 * angle brackets are escaped once, by the XML writer: a feed reader or a search engine
 * reads back exactly what the newsroom wrote.
 */
@KiosqueTest
class FeedTextTests {

	private static final String[] TWICE = { "&amp;amp;", "&amp;#39;", "&amp;#34;", "&amp;quot;", "&amp;lt;", "&amp;gt;",
			"&amp;apos;" };

	@LocalServerPort
	int port;

	@Autowired
	Newsdesk newsdesk;

	@Test
	void rssAndAtomEntriesReadBackAsWritten() throws Exception {
		long n = System.nanoTime();
		String section = newsdesk.ensureSection("Économie & \"Marchés\" " + n, 85);
		String headline = "Procter & Gamble rachète \"l'usine\" <d'Oran> " + n;
		String standfirst = "Le groupe & l'État : « accord » <signé> " + n;
		publish(headline, standfirst, section);

		for (String path : List.of("/feed.xml", "/feed.atom", "/section/" + section + "/feed.xml")) {
			String xml = new Browser(port).get(path).body();
			assertThat(xml).as(path).doesNotContain(TWICE);
			SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
			SyndEntry entry = feed.getEntries()
				.stream()
				.filter(e -> e.getTitle().equals(headline))
				.findFirst()
				.orElseThrow(() -> new AssertionError(path + " has no entry " + headline));
			assertThat(entry.getDescription().getValue()).as(path).isEqualTo(standfirst);
			assertThat(entry.getCategories()).as(path)
				.anySatisfy(c -> assertThat(c.getName()).isEqualTo("Économie & \"Marchés\" " + n));
		}
	}

	@Test
	void theNewsSitemapsTitleReadsBackAsWritten() throws Exception {
		long n = System.nanoTime();
		String headline = "AT&T « rachète » l'opérateur \"Orange\" <ou pas> " + n;
		publish(headline, null, null);

		String xml = new Browser(port).get("/news-sitemap.xml").body();

		assertThat(xml).doesNotContain(TWICE);
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		NodeList titles = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
			.getElementsByTagNameNS(Sitemaps.NEWS, "title");
		List<String> all = new java.util.ArrayList<>();
		for (int i = 0; i < titles.getLength(); i++) {
			all.add(((Element) titles.item(i)).getTextContent());
		}
		assertThat(all).contains(headline);
	}

	private void publish(String headline, String standfirst, String section) {
		newsdesk.create(new ArticleDraft(headline, standfirst, "Le groupe Procter & Gamble rachète l'usine.", section,
				List.of(), null, null, new LeadImage(null, null, null), ArticleStatus.PUBLISHED,
				Instant.now().minusSeconds(2), true, null), 0);
	}

}
