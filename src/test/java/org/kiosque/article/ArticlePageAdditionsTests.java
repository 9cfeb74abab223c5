package org.kiosque.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.kiosque.support.Browser;
import org.kiosque.support.HtmlChecker;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The article page's additions: complete structured data, sharing tags, plain share
 * links, "À lire aussi", all in valid HTML, the page and its stylesheet under 40 KB.
 */
@KiosqueTest
class ArticlePageAdditionsTests {

	@LocalServerPort
	int port;

	@Autowired
	Newsdesk newsdesk;

	@Test
	void structuredDataNamesTheArticleItsAuthorPublisherAndAgency() {
		String headline = "Données structurées " + System.nanoTime();
		Instant at = Instant.now().minusSeconds(120).truncatedTo(ChronoUnit.SECONDS);
		var written = newsdesk.create(new ArticleDraft(headline, "Chapeau.", "Texte.", null, List.of(), "Awa Diallo",
				"AFP", new LeadImage(null, null, null), ArticleStatus.PUBLISHED, at, true, null), 0);

		Document page = new Browser(port).get(written.path()).html();
		JsonNode ld = JsonMapper.shared().readTree(page.select("script[type=application/ld+json]").first().data());
		assertThat(ld.path("@type").asString()).isEqualTo("NewsArticle");
		assertThat(ld.path("headline").asString()).isEqualTo(headline);
		assertThat(Instant.parse(ld.path("datePublished").asString())).isEqualTo(at);
		assertThat(ld.path("dateModified").asString()).isNotEmpty();
		assertThat(ld.path("author").path("@type").asString()).isEqualTo("Person");
		assertThat(ld.path("author").path("name").asString()).isEqualTo("Awa Diallo");
		// A byline with no author page (no staff account signs so) has no address.
		assertThat(ld.path("author").has("url")).isFalse();
		JsonNode publisher = ld.path("publisher");
		assertThat(publisher.path("@type").asString()).isEqualTo("Organization");
		assertThat(publisher.path("name").asString()).isEqualTo(page.select("a.brand").text());
		assertThat(publisher.path("url").asString()).startsWith("http");
		assertThat(publisher.path("logo").path("url").asString()).endsWith("/icon.svg");
		assertThat(ld.path("sourceOrganization").path("name").asString()).isEqualTo("Agence France-Presse");
		// The byline stays in one element, for the author pages to link.
		assertThat(page.select(".byline")).hasSize(1);
		assertThat(page.select(".byline").text()).contains("Awa Diallo");
	}

	@Test
	void articlesAndSectionsCarrySharingTagsOtherPagesDoNot() {
		long n = System.nanoTime();
		String section = newsdesk.ensureSection("Partages " + n, 80);
		var written = newsdesk.create(new ArticleDraft("À partager " + n, "Un chapeau à partager.", "Texte.", section,
				List.of(), null, null, new LeadImage(null, null, null), ArticleStatus.PUBLISHED,
				Instant.now().minusSeconds(5), true, null), 0);

		Document article = new Browser(port).get(written.path()).html();
		assertThat(article.select("meta[property=og:type]").attr("content")).isEqualTo("article");
		assertThat(article.select("meta[property=og:title]").attr("content")).isEqualTo("À partager " + n);
		assertThat(article.select("meta[property=og:description]").attr("content")).isEqualTo("Un chapeau à partager.");
		assertThat(article.select("meta[property=og:url]").attr("content")).endsWith(written.path());
		assertThat(article.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary");

		Document sectionPage = new Browser(port).get("/section/" + section).html();
		assertThat(sectionPage.select("meta[property=og:type]").attr("content")).isEqualTo("website");
		assertThat(sectionPage.select("meta[property=og:title]").attr("content")).isEqualTo("Partages " + n);

		assertThat(new Browser(port).get("/corrections").html().select("meta[property^=og:]")).isEmpty();
	}

	@Test
	void shareLinksCarryTheEncodedAddressAndNeedNoScript() {
		String headline = "Parité & salaires : 50 % " + System.nanoTime();
		var written = newsdesk.create(new ArticleDraft(headline, null, "Texte.", null, List.of(), null, null,
				new LeadImage(null, null, null), ArticleStatus.PUBLISHED, Instant.now().minusSeconds(5), true, null),
				0);

		var page = new Browser(port).get(written.path());
		Document html = page.html();
		String url = html.select("link[rel=canonical]").attr("href");
		String encodedUrl = ShareLinks.encode(url);
		String encodedHeadline = ShareLinks.encode(headline);
		assertThat(encodedHeadline).contains("%26").contains("%25").doesNotContain("+").doesNotContain(" ");
		List<String> links = html.select(".share a").eachAttr("href");
		assertThat(links).containsExactly("mailto:?subject=" + encodedHeadline + "&body=" + encodedUrl,
				"https://wa.me/?text=" + encodedHeadline + "%20" + encodedUrl,
				"https://x.com/intent/post?text=" + encodedHeadline + "&url=" + encodedUrl,
				"https://www.facebook.com/sharer/sharer.php?u=" + encodedUrl,
				"https://www.linkedin.com/sharing/share-offsite/?url=" + encodedUrl);
		assertThat(html.select(".copy-link input").val()).isEqualTo(url);
		// No script but the JSON-LD, and nothing loaded from another site.
		assertThat(html.select("script")).allMatch(s -> s.attr("type").equals("application/ld+json"));
		assertThat(html.select("[src]").eachAttr("src")).allMatch(src -> src.startsWith("/"));
		assertThat(HtmlChecker.errors(page.body())).isEmpty();
	}

	@Test
	void relatedArticlesShareATagOrTheSectionNewestFirst() {
		long n = System.nanoTime();
		String section = newsdesk.ensureSection("Voisins " + n, 81);
		String tag = "Lien " + n;
		Instant at = Instant.now().minus(2, ChronoUnit.DAYS);
		var article = create("L’article " + n, null, List.of(tag), at);
		var byTag = create("Même mot-clé " + n, null, List.of(tag), at.minusSeconds(10));
		var bySection = create("Même rubrique " + n, section, List.of(), at.minusSeconds(5));
		var unrelated = create("Sans rapport " + n, null, List.of(), at.minusSeconds(1));
		newsdesk.update(article.id(), new ArticleDraft("L’article " + n, null, "Texte.", section, List.of(tag), null,
				null, new LeadImage(null, null, null), ArticleStatus.PUBLISHED, at, true, null));

		var page = new Browser(port).get(article.path());
		List<String> related = page.html().select(".related h3 a").eachAttr("href");
		assertThat(related).containsExactly(bySection.path(), byTag.path());
		assertThat(related).doesNotContain(unrelated.path(), article.path());
	}

	@Test
	void theArticlePageWeighsUnder40KilobytesWithItsStylesheet() {
		var written = newsdesk.create(FrontPageTests.draft("Poids de la page " + System.nanoTime()), 0);
		var page = new Browser(port).get(written.path());
		String stylesheet = page.html().select("link[rel=stylesheet]").attr("href");
		var css = new Browser(port).get(stylesheet);
		assertThat(css.status()).isEqualTo(200);
		int bytes = page.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length
				+ css.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
		System.out.printf("Article page: %d bytes of HTML and CSS%n", bytes);
		assertThat(bytes).isLessThan(40 * 1024);
	}

	private Newsdesk.Written create(String headline, String section, List<String> tags, Instant at) {
		return newsdesk.create(new ArticleDraft(headline, null, "Texte.", section, tags, null, null,
				new LeadImage(null, null, null), ArticleStatus.PUBLISHED, at, true, null), 0);
	}

}
