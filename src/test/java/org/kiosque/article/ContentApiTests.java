package org.kiosque.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kiosque.site.SiteSettings;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@KiosqueTest
class ContentApiTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	Newsdesk newsdesk;

	@Autowired
	SiteSettings site;

	String section;

	String tag;

	Newsdesk.Written oldest;

	Newsdesk.Written middle;

	Newsdesk.Written newest;

	Newsdesk.Written draft;

	Newsdesk.Written scheduled;

	@BeforeEach
	void aSectionWithThreePublishedArticlesADraftAndAScheduledOne() {
		long n = System.nanoTime();
		section = newsdesk.ensureSection("Rubrique API " + n, 90);
		String tagName = "Mot API " + n;
		tag = Slugs.of(tagName);
		Instant now = Instant.now();
		oldest = newsdesk.create(
				article("Le plus ancien " + n, tagName, ArticleStatus.PUBLISHED, now.minus(3, ChronoUnit.SECONDS)), 0);
		middle = newsdesk.create(
				article("Celui du milieu " + n, tagName, ArticleStatus.PUBLISHED, now.minus(2, ChronoUnit.SECONDS)), 0);
		newest = newsdesk.create(
				article("Le plus récent " + n, tagName, ArticleStatus.PUBLISHED, now.minus(1, ChronoUnit.SECONDS)), 0);
		draft = newsdesk.create(article("Un brouillon " + n, tagName, ArticleStatus.DRAFT, null), 0);
		scheduled = newsdesk
			.create(article("Pour demain " + n, tagName, ArticleStatus.SCHEDULED, now.plus(1, ChronoUnit.DAYS)), 0);
	}

	@Test
	void listsASectionNewestFirstPageByPageWithLinksToTheNeighbours() {
		Answer first = get("/api/content/articles?section=" + section + "&size=2");
		assertThat(first.status).isEqualTo(200);
		assertThat(first.header("Content-Type")).startsWith("application/json");
		assertThat(first.header("Cache-Control")).isEqualTo("public, max-age=60");
		assertThat(ids(first.json.path("articles"))).containsExactly(newest.id(), middle.id());
		assertThat(first.json.path("page").asInt()).isEqualTo(1);
		assertThat(first.json.path("size").asInt()).isEqualTo(2);
		assertThat(first.json.path("hasNext").asBoolean()).isTrue();
		String cursor = first.json.path("next").asString();
		assertThat(Keyset.parse(cursor)).hasValueSatisfying(k -> assertThat(k.id()).isEqualTo(middle.id()));
		assertThat(first.header("Link"))
			.isEqualTo("<" + site.absolute("/api/content/articles?cursor=" + cursor + "&size=2&section=" + section)
					+ ">; rel=\"next\"");

		Answer byNumber = get("/api/content/articles?section=" + section + "&size=2&page=2");
		assertThat(ids(byNumber.json.path("articles"))).containsExactly(oldest.id());
		assertThat(byNumber.json.path("hasNext").asBoolean()).isFalse();
		assertThat(byNumber.header("Link")).isEqualTo(
				"<" + site.absolute("/api/content/articles?page=1&size=2&section=" + section) + ">; rel=\"prev\"");

		Answer past = get("/api/content/articles?section=" + section + "&size=2&page=3");
		assertThat(past.status).isEqualTo(200);
		assertThat(past.json.path("articles").size()).isZero();
	}

	@Test
	void theCursorGoesOnFromTheLastArticleShownWhateverIsPublishedMeanwhile() {
		Answer first = get("/api/content/articles?section=" + section + "&size=2");
		assertThat(ids(first.json.path("articles"))).containsExactly(newest.id(), middle.id());
		// Published between the two loads: page numbers would shift "middle" onto page 2.
		Newsdesk.Written latecomer = newsdesk.create(article("Arrivé entre-temps " + System.nanoTime(), "Autre",
				ArticleStatus.PUBLISHED, Instant.now().minusMillis(10)), 0);

		Answer second = get(
				"/api/content/articles?section=" + section + "&size=2&cursor=" + first.json.path("next").asString());
		assertThat(second.status).isEqualTo(200);
		assertThat(ids(second.json.path("articles"))).containsExactly(oldest.id());
		assertThat(second.json.path("page").isNull()).isTrue();
		assertThat(second.json.path("next").isNull()).isTrue();
		assertThat(second.json.path("hasNext").asBoolean()).isFalse();
		assertThat(second.header("Link")).isNull();
		assertThat(ids(get("/api/content/articles?section=" + section + "&size=2").json.path("articles")))
			.containsExactly(latecomer.id(), newest.id());
	}

	@Test
	void aCursorThatIsNoneAndAPageTooDeepAreProblemsThatNameTheirParameter() {
		assertBadRequest("/api/content/articles?cursor=abc", "cursor", "abc");
		assertBadRequest("/api/content/articles?page=101", "page", "101");
	}

	@Test
	void filtersByTagAndLeavesTheBodyOutOfListItems() {
		Answer list = get("/api/content/articles?tag=" + tag);
		assertThat(ids(list.json.path("articles"))).containsExactly(newest.id(), middle.id(), oldest.id());
		JsonNode item = list.json.path("articles").get(0);
		assertThat(item.has("bodyHtml")).isFalse();
		assertThat(item.path("headline").asString()).startsWith("Le plus récent");
		assertThat(item.path("byline").asString()).isEqualTo("Leïla Martin");
		assertThat(item.path("tags").get(0).path("slug").asString()).isEqualTo(tag);
		assertThat(item.path("section").path("slug").asString()).isEqualTo(section);
	}

	@Test
	void theDefaultListIsTheLatestTwentyNewestFirst() {
		Answer list = get("/api/content/articles");
		assertThat(list.json.path("size").asInt()).isEqualTo(20);
		assertThat(list.json.path("page").asInt()).isEqualTo(1);
		List<Long> ids = ids(list.json.path("articles"));
		assertThat(ids).hasSizeLessThanOrEqualTo(20).contains(newest.id(), middle.id(), oldest.id());
		assertThat(ids.indexOf(newest.id())).isLessThan(ids.indexOf(middle.id()));
		List<Instant> times = list.json.path("articles")
			.valueStream()
			.map(a -> OffsetDateTime.parse(a.path("publishedAt").asString()).toInstant())
			.toList();
		assertThat(times).isSortedAccordingTo((a, b) -> b.compareTo(a));
	}

	@Test
	void oneArticleComesWithEveryField() {
		long n = System.nanoTime();
		Instant published = Instant.parse("2026-01-24T13:30:00Z");
		var written = newsdesk.create(new ArticleDraft("Ankara reçoit « les délégations » " + n,
				"Un chapeau qui résume.", "Premier paragraphe.\n\nSecond *paragraphe*.", section,
				List.of("Turquie " + n, "Diplomatie " + n), "Leïla Martin", "AA",
				new LeadImage("/media/ankara.jpg", "Ibrahim Kalin, chef du Renseignement turc", "AA"),
				ArticleStatus.PUBLISHED, published, true, null), 66);

		Answer answer = get("/api/content/articles/" + written.id());

		assertThat(answer.status).isEqualTo(200);
		assertThat(answer.header("Cache-Control")).isEqualTo("public, max-age=60");
		JsonNode a = answer.json;
		assertThat(a.path("id").asLong()).isEqualTo(written.id());
		assertThat(a.path("slug").asString()).isEqualTo(written.slug());
		assertThat(a.path("url").asString()).isEqualTo(site.absolute("/article/" + written.slug())).startsWith("http");
		assertThat(a.path("headline").asString()).isEqualTo("Ankara reçoit « les délégations » " + n);
		assertThat(a.path("standfirst").asString()).isEqualTo("Un chapeau qui résume.");
		assertThat(a.path("bodyHtml").asString()).startsWith("<p>Premier paragraphe.</p>")
			.contains("<p>Second <em>paragraphe</em>.</p>");
		assertThat(a.path("section").path("slug").asString()).isEqualTo(section);
		assertThat(a.path("section").path("name").asString()).startsWith("Rubrique API ");
		assertThat(a.path("tags").valueStream().map(t -> t.path("slug").asString()).toList())
			.containsExactlyInAnyOrder("turquie-" + n, "diplomatie-" + n);
		assertThat(a.path("tags").valueStream().map(t -> t.path("name").asString()).toList())
			.containsExactlyInAnyOrder("Turquie " + n, "Diplomatie " + n);
		assertThat(a.path("byline").asString()).isEqualTo("Leïla Martin");
		assertThat(a.path("source").path("code").asString()).isEqualTo("AA");
		assertThat(a.path("source").path("name").asString()).isEqualTo("Anadolu");
		// 14:30 in Paris, written with Paris's winter offset.
		assertThat(a.path("publishedAt").asString()).isEqualTo("2026-01-24T14:30:00+01:00");
		assertThat(OffsetDateTime.parse(a.path("publishedAt").asString()).getOffset())
			.isEqualTo(ZoneId.of("Europe/Paris").getRules().getOffset(published));
		assertThat(a.path("reads").asLong()).isEqualTo(66);
		assertThat(a.path("image").path("url").asString()).isEqualTo(site.absolute("/media/ankara.jpg"));
		assertThat(a.path("image").path("caption").asString()).isEqualTo("Ibrahim Kalin, chef du Renseignement turc");
		assertThat(a.path("image").path("credit").asString()).isEqualTo("AA");
	}

	@Test
	void anArticleWithoutPictureOrCaptionHasANullImageAndEmptyFieldsAreNull() {
		var bare = newsdesk.create(new ArticleDraft("Sans image " + System.nanoTime(), null, "Texte.", null, List.of(),
				null, null, new LeadImage(null, null, null), ArticleStatus.PUBLISHED, Instant.now().minusSeconds(5),
				true, null), 0);

		JsonNode a = get("/api/content/articles/" + bare.id()).json;

		assertThat(a.has("image")).isTrue();
		assertThat(a.path("image").isNull()).isTrue();
		assertThat(a.path("standfirst").isNull()).isTrue();
		assertThat(a.path("section").isNull()).isTrue();
		assertThat(a.path("source").isNull()).isTrue();
		assertThat(a.path("byline").isNull()).isTrue();
		assertThat(a.path("tags").size()).isZero();
		assertThat(a.path("reads").asLong()).isZero();
	}

	@Test
	void draftsAndScheduledArticlesAreNeverVisible() {
		for (var hidden : List.of(draft, scheduled)) {
			Answer answer = get("/api/content/articles/" + hidden.id());
			assertThat(answer.status).isEqualTo(404);
			assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
		}
		for (String list : List.of("/api/content/articles?section=" + section, "/api/content/articles?tag=" + tag,
				"/api/content/articles?size=100")) {
			assertThat(ids(get(list).json.path("articles"))).doesNotContain(draft.id(), scheduled.id());
		}
	}

	@Test
	void anUnknownArticleIsA404Problem() {
		Answer answer = get("/api/content/articles/987654321987");

		assertThat(answer.status).isEqualTo(404);
		assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
		assertThat(answer.header("Cache-Control")).doesNotContain("public");
		assertThat(answer.json.path("status").asInt()).isEqualTo(404);
		assertThat(answer.json.path("title").asString()).isEqualTo("Article introuvable");
		assertThat(answer.json.path("detail").asString()).contains("987654321987");
		assertThat(answer.json.path("instance").asString()).isEqualTo("/api/content/articles/987654321987");
	}

	@Test
	void badParametersAre400ProblemsThatNameTheParameter() {
		assertBadRequest("/api/content/articles?page=0", "page", "0");
		assertBadRequest("/api/content/articles?page=abc", "page", "abc");
		assertBadRequest("/api/content/articles?page=-3", "page", "-3");
		assertBadRequest("/api/content/articles?size=1000", "size", "1000");
		assertBadRequest("/api/content/articles?size=0", "size", "de 1 à 100");
		assertBadRequest("/api/content/articles?section=pas-une-rubrique", "section", "pas-une-rubrique");
		assertBadRequest("/api/content/articles?tag=pas-un-mot-cle-" + System.nanoTime(), "tag", "pas-un-mot-cle");
		assertBadRequest("/api/content/articles/abc", "id", "abc");
		assertBadRequest("/api/content/articles/0", "id", "0");
	}

	@Test
	void theOpenApiDocumentDescribesBothEndpoints() {
		Answer answer = get("/api/content/openapi.json");

		assertThat(answer.status).isEqualTo(200);
		assertThat(answer.json.path("openapi").asString()).isEqualTo("3.1.0");
		assertThat(answer.json.path("paths").has("/api/content/articles")).isTrue();
		assertThat(answer.json.path("paths").has("/api/content/articles/{id}")).isTrue();
		assertThat(answer.json.path("components")
			.path("schemas")
			.path("Article")
			.path("required")
			.valueStream()
			.map(JsonNode::asString)
			.toList()).containsExactlyInAnyOrderElementsOf(fieldsOf(get("/api/content/articles/" + newest.id()).json));
	}

	private void assertBadRequest(String path, String parameter, String detailPart) {
		Answer answer = get(path);
		assertThat(answer.status).as(path).isEqualTo(400);
		assertThat(answer.header("Content-Type")).as(path).startsWith("application/problem+json");
		assertThat(answer.json.path("status").asInt()).isEqualTo(400);
		assertThat(answer.json.path("title").asString()).isEqualTo("Paramètre invalide");
		assertThat(answer.json.path("parameter").asString()).as(path).isEqualTo(parameter);
		assertThat(answer.json.path("detail").asString()).as(path).contains(detailPart);
	}

	private static List<String> fieldsOf(JsonNode article) {
		return article.propertyNames().stream().filter(name -> !name.equals("bodyHtml")).toList();
	}

	private static List<Long> ids(JsonNode articles) {
		return articles.valueStream().map(a -> a.path("id").asLong()).toList();
	}

	private ArticleDraft article(String headline, String tagName, ArticleStatus status, Instant publishedAt) {
		return new ArticleDraft(headline, "Chapeau.", "Texte.", section, List.of(tagName), "Leïla Martin", "AFP",
				new LeadImage(null, "Une légende", null), status, publishedAt, true, null);
	}

	private Answer get(String path) {
		try {
			HttpResponse<String> response = HTTP
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
					.header("Accept", "application/json")
					.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Answer(response.statusCode(), response, JSON.readTree(response.body()));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private record Answer(int status, HttpResponse<String> response, JsonNode json) {
		String header(String name) {
			return response.headers().firstValue(name).orElse(null);
		}
	}

}
