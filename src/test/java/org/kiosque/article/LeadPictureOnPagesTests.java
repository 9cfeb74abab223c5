package org.kiosque.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kiosque.media.PictureRef;
import org.kiosque.media.PictureUses;
import org.kiosque.media.Pictures;
import org.kiosque.media.Rendition;
import org.kiosque.site.SiteSettings;
import org.kiosque.support.Browser;
import org.kiosque.support.HtmlChecker;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.SamplePictures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An article with a lead picture from the library shows it as a {@code <picture>} whose
 * renditions the page names exactly (srcset, sizes, width and height, so nothing moves as
 * it loads), eagerly and first on its own page, lazily in the teasers (16:9), and offers
 * the 1200×630 card to link previews and search engines.
 */
@KiosqueTest
class LeadPictureOnPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	Newsdesk newsdesk;

	@Autowired
	Pictures pictures;

	@Autowired
	SiteSettings site;

	@Autowired
	List<PictureUses> uses;

	PictureRef picture;

	Newsdesk.Written article;

	String headline;

	String section;

	String tag;

	@BeforeEach
	void anArticleLeadingWithAPicture() {
		long n = System.nanoTime();
		picture = pictures.upload("port-" + n + ".jpg", SamplePictures.jpeg(2400, 1600), null);
		section = newsdesk.ensureSection("Photos " + n, 90);
		tag = "Image " + n;
		headline = "Le port d’Alger au petit matin " + n;
		article = newsdesk
			.create(new ArticleDraft(headline, "Un chapeau.", "Le texte.", section, List.of(tag), null, "APS",
					new LeadImage(null, "Le port d’Alger, vu de la Casbah", "APS/Karim B.", picture.id(), null, false),
					ArticleStatus.PUBLISHED, Instant.now().minusSeconds(30), true, null), 0);
	}

	@Test
	void theArticlePageShowsTheLeadPhotoEagerlyWithEveryRendition() {
		Document page = new Browser(port).get(article.path()).html();
		Element figure = page.selectFirst("figure.lead-image");
		assertThat(figure).isNotNull();
		Element img = figure.selectFirst("picture > img");
		assertThat(img).isNotNull();
		String widest = "/media/" + picture.id() + "/" + picture.version() + "/full-2048.jpg";
		assertThat(img.attr("src")).isEqualTo(widest);
		assertThat(img.attr("srcset")).isEqualTo(List.of(320, 640, 960, 1280, 1600, 2048)
			.stream()
			.map(w -> "/media/" + picture.id() + "/" + picture.version() + "/full-" + w + ".jpg " + w + "w")
			.reduce((a, b) -> a + ", " + b)
			.orElseThrow());
		assertThat(img.attr("sizes")).isEqualTo(LeadImage.ARTICLE_SIZES);
		// 2048 wide, 3:2 like the picture: the browser reserves the space before loading.
		assertThat(img.attr("width")).isEqualTo("2048");
		assertThat(img.attr("height")).isEqualTo("1365");
		assertThat(img.attr("alt")).isEqualTo("Le port d’Alger, vu de la Casbah");
		assertThat(img.attr("loading")).isEqualTo("eager");
		assertThat(img.attr("fetchpriority")).isEqualTo("high");
		boolean webp = pictures.formats().contains(Rendition.Format.WEBP);
		Element source = figure.selectFirst("picture > source");
		if (webp) {
			assertThat(source).isNotNull();
			assertThat(source.attr("type")).isEqualTo("image/webp");
			assertThat(source.attr("srcset")).contains("/full-320.webp 320w").contains("/full-2048.webp 2048w");
			assertThat(source.attr("sizes")).isEqualTo(LeadImage.ARTICLE_SIZES);
		}
		else {
			assertThat(source).isNull();
		}
		// The photo first, then its caption and credit.
		assertThat(figure.child(0).tagName()).isEqualTo("picture");
		assertThat(figure.selectFirst("figcaption").text()).startsWith("Le port d’Alger, vu de la Casbah")
			.contains("APS/Karim B.");
	}

	@Test
	void linkPreviewsAndSearchEnginesGetThe1200WideCard() {
		Document page = new Browser(port).get(article.path()).html();
		String card = site.absolute("/media/" + picture.id() + "/" + picture.version() + "/card-1200.jpg");
		assertThat(page.selectFirst("meta[property=og:image]").attr("content")).isEqualTo(card);
		assertThat(page.selectFirst("meta[property=og:image:width]").attr("content")).isEqualTo("1200");
		assertThat(page.selectFirst("meta[property=og:image:height]").attr("content")).isEqualTo("630");
		assertThat(page.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
		assertThat(page.selectFirst("meta[name=twitter:image]").attr("content")).isEqualTo(card);
		JsonNode ld = JsonMapper.shared().readTree(page.selectFirst("script[type=application/ld+json]").data());
		assertThat(ld.get("image").get(0).asString()).isEqualTo(card);
	}

	@Test
	void theContentApiGivesTheWidestWholeRendition() {
		var answer = new Browser(port).get("/api/content/articles/" + article.id(),
				java.util.Map.of("Accept", "application/json"));
		JsonNode image = JsonMapper.shared().readTree(answer.body()).get("image");
		assertThat(image.get("url").asString())
			.isEqualTo(site.absolute("/media/" + picture.id() + "/" + picture.version() + "/full-2048.jpg"));
		assertThat(image.get("caption").asString()).isEqualTo("Le port d’Alger, vu de la Casbah");
		assertThat(image.get("credit").asString()).isEqualTo("APS/Karim B.");
	}

	@Test
	void feedsCarryTheCardAsAnEnclosure() {
		String card = site.absolute("/media/" + picture.id() + "/" + picture.version() + "/card-1200.jpg");
		Document rss = org.jsoup.Jsoup.parse(new Browser(port).get("/section/" + section + "/feed.xml").body(), "",
				org.jsoup.parser.Parser.xmlParser());
		Element item = rss.select("item")
			.stream()
			.filter(i -> i.selectFirst("link").text().endsWith(article.path()))
			.findFirst()
			.orElseThrow();
		Element enclosure = item.selectFirst("enclosure");
		assertThat(enclosure.attr("url")).isEqualTo(card);
		assertThat(enclosure.attr("type")).isEqualTo("image/jpeg");
		assertThat(enclosure.attr("length")).isEqualTo("0");
	}

	@Test
	void teasersShowTheWideCropLazily() {
		String listing = "/tag/" + Slugs.of(tag);
		Document page = new Browser(port).get(listing).html();
		Element teaser = page.select("li.teaser")
			.stream()
			.filter(t -> t.select("h3 a").attr("href").equals(article.path()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No teaser of the article on " + listing));
		Element img = teaser.selectFirst("picture > img");
		assertThat(img).as(listing).isNotNull();
		assertThat(img.attr("src")).isEqualTo("/media/" + picture.id() + "/" + picture.version() + "/wide-2048.jpg");
		assertThat(img.attr("srcset")).contains("/wide-320.jpg 320w").contains("/wide-2048.jpg 2048w");
		assertThat(img.attr("sizes")).isEqualTo(LeadImage.TEASER_SIZES);
		// 16:9 whatever the picture's own shape.
		assertThat(img.attr("width")).isEqualTo("2048");
		assertThat(img.attr("height")).isEqualTo("1152");
		assertThat(img.attr("loading")).isEqualTo("lazy");
		assertThat(img.hasAttr("fetchpriority")).isFalse();
		// The headline beside it says it all: the picture is decoration there.
		assertThat(img.attr("alt")).isEmpty();
	}

	@Test
	void aSectionsLeadStoryShowsTheWideCropAtOnce() {
		Document page = new Browser(port).get("/section/" + section).html();
		Element story = page.select("article.lead-story, li.teaser")
			.stream()
			.filter(t -> t.select("h2 a, h3 a").attr("href").equals(article.path()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("The article is not on its section's page"));
		Element img = story.selectFirst("picture > img");
		assertThat(img.attr("src")).isEqualTo("/media/" + picture.id() + "/" + picture.version() + "/wide-2048.jpg");
		assertThat(img.attr("height")).isEqualTo("1152");
		if (story.is("article.lead-story")) {
			assertThat(img.attr("fetchpriority")).isEqualTo("high");
		}
		else {
			assertThat(img.attr("loading")).isEqualTo("lazy");
		}
	}

	@Test
	void theFrontPageLeadsWithTheNewestArticlesPicture() {
		// The newest article: the front page's first story.
		var newest = newsdesk.create(new ArticleDraft("À la une " + System.nanoTime(), null, "Texte.", null, List.of(),
				null, null, new LeadImage(null, "La une", null, picture.id(), null, false), ArticleStatus.PUBLISHED,
				Instant.now().minusMillis(500), true, null), 0);
		Document front = new Browser(port).get("/").html();
		Element story = front.selectFirst("article.lead-story");
		assertThat(story.select("h2 a").attr("href")).isEqualTo(newest.path());
		Element img = story.selectFirst("picture > img");
		assertThat(img.attr("src")).isEqualTo("/media/" + picture.id() + "/" + picture.version() + "/wide-2048.jpg");
		assertThat(img.attr("alt")).isEqualTo("La une");
		assertThat(img.attr("fetchpriority")).isEqualTo("high");
	}

	@Test
	void anArticleWithoutPictureShowsItsCaptionAloneAndNoCard() {
		var captionOnly = newsdesk.create(new ArticleDraft("Une légende seule " + System.nanoTime(), null, "Texte.",
				null, List.of(), null, null, new LeadImage(null, "Une légende sans photo", null),
				ArticleStatus.PUBLISHED, Instant.now().minusSeconds(30), true, null), 0);
		Document page = new Browser(port).get(captionOnly.path()).html();
		assertThat(page.select("figure.lead-image img")).isEmpty();
		assertThat(page.selectFirst("figure.lead-image figcaption").text()).isEqualTo("Une légende sans photo");
		assertThat(page.select("meta[property=og:image]")).isEmpty();
		// A card without a picture: the small summary, never the large picture card.
		assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
	}

	@Test
	void theLibraryLearnsWhichArticlesUseAPicture() {
		List<PictureUses.Use> found = uses.stream().flatMap(u -> u.of(picture.id()).stream()).toList();
		assertThat(found).extracting(PictureUses.Use::label).contains(headline);
		assertThat(found).extracting(PictureUses.Use::link).contains("/newsroom/articles/" + article.id());
		assertThat(pictures.uses(picture.id())).hasSameSizeAs(found);
		var unused = pictures.upload("libre.jpg", SamplePictures.jpeg(400, 300), null);
		assertThat(pictures.uses(unused.id())).isEmpty();
	}

	@Test
	void pagesWithPicturesStayValidHtml() {
		for (String path : List.of(article.path(), "/section/" + section, "/")) {
			assertThat(HtmlChecker.errors(new Browser(port).get(path).body())).as(path).isEmpty();
		}
	}

}
