package org.kiosque.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import io.micrometer.core.instrument.MeterRegistry;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.kiosque.account.Role;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The node's copies of the article page (web/RenderedPages): strangers get a copy that is
 * the page in all but the live count, which is always current; nobody with anything
 * personal gets one; a change shows at once.
 */
@KiosqueTest
class ArticlePageCopiesTests {

	@LocalServerPort
	int port;

	@Autowired
	Newsdesk newsdesk;

	@Autowired
	MeterRegistry meters;

	@Autowired
	ApplicationContext context;

	@Test
	void aStrangerGetsTheCopyWithTheCountOfThisVeryMoment() {
		var article = published(66);
		var first = new Browser(port).get(article.path());
		double copiesBefore = copiesServed();

		var second = new Browser(port).get(article.path());
		var third = new Browser(port).get(article.path());

		assertThat(copiesServed() - copiesBefore).isEqualTo(2);
		assertThat(readCount(first)).isEqualTo("66");
		assertThat(readCount(second)).isEqualTo("67");
		assertThat(readCount(third)).isEqualTo("68");
		// All else is the page as it was made.
		assertThat(withoutCount(second)).isEqualTo(withoutCount(first));
		assertThat(second.header("Content-Type")).isEqualTo(first.header("Content-Type"));
		for (String header : List.of("Cache-Control", "Content-Security-Policy", "X-Frame-Options", "Referrer-Policy",
				"X-Content-Type-Options", "Content-Language")) {
			assertThat(second.header(header)).as(header).isNotNull().isEqualTo(first.header(header));
		}
		// Each reader is named for themself: a copy carries no cookie of the reader it
		// was made for.
		assertThat(second.response().headers().allValues("Set-Cookie")).singleElement()
			.satisfies(c -> assertThat(c).startsWith("kq_r=" + Long.toString(article.id(), 36) + "."));
	}

	@Test
	void theHomeAndListingPagesAreServedWholeFromCopiesToo() {
		var article = published(0);
		for (String path : List.of("/", "/?page=1", article.path())) {
			var made = new Browser(port).get(path);
			double copiesBefore = copiesServed();
			var copy = new Browser(port).get(path);
			var again = new Browser(port).get(path);
			assertThat(copiesServed() - copiesBefore).as(path).isEqualTo(2);
			assertThat(copy.status()).as(path).isEqualTo(200);
			assertThat(withoutCount(copy)).as(path).isEqualTo(withoutCount(made));
			assertThat(withoutCount(again)).as(path).isEqualTo(withoutCount(made));
		}
	}

	@Test
	void aBrowserAskingForGzipGetsTheCopyCompressedWithTheCountOfThisVeryMoment() throws Exception {
		var article = published(41);
		new Browser(port).get(article.path());
		double copiesBefore = copiesServed();

		HttpResponse<byte[]> zipped = raw(article.path(), "gzip, deflate, br, zstd");
		HttpResponse<byte[]> refused = raw(article.path(), "br, gzip;q=0");
		var plain = new Browser(port).get(article.path());

		assertThat(copiesServed() - copiesBefore).isEqualTo(3);
		assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(zipped.headers().allValues("Vary").toString().toLowerCase(Locale.ROOT)).contains("accept-encoding")
			.contains("cookie");
		assertThat(zipped.headers().firstValueAsLong("Content-Length")).hasValue(zipped.body().length);
		String unzipped;
		try (var in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
			unzipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertThat(Jsoup.parse(unzipped).select("p.reads").text()).isEqualTo("Nombre de lectures : 42 fois");
		assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(count(Jsoup.parse(new String(refused.body(), StandardCharsets.UTF_8)))).isEqualTo("43");
		assertThat(readCount(plain)).isEqualTo("44");
		var page = Jsoup.parse(unzipped);
		page.select("p.reads .read-count").remove();
		assertThat(page.outerHtml()).isEqualTo(withoutCount(plain));
	}

	@Test
	void aReaderComingBackWithinTheWindowIsNotCountedByACopyEither() {
		var article = published(10);
		var reader = new Browser(port);
		reader.get(article.path());
		double copiesBefore = copiesServed();

		var again = reader.get(article.path());
		var other = new Browser(port).get(article.path());

		assertThat(copiesServed() - copiesBefore).isEqualTo(2);
		assertThat(readCount(again)).isEqualTo("11");
		assertThat(again.response().headers().allValues("Set-Cookie")).isEmpty();
		assertThat(readCount(other)).isEqualTo("11");
	}

	@Test
	void signedInReadersAndCommentersWithAHeldCommentNeverGetACopy() {
		var article = published(0);
		new Browser(port).get(article.path());
		double copiesBefore = copiesServed();

		var signedIn = StaffSession.signedIn(context, port, Role.READER);
		var page = signedIn.get(article.path());
		var withHeldComment = new Browser(port).get(article.path(), Map.of("Cookie", "kiosque_comments_held=x"));
		var withSessionCookie = new Browser(port).get(article.path(), Map.of("Cookie", "SESSION=abc"));

		assertThat(copiesServed()).isEqualTo(copiesBefore);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select("header .reader-name")).as("the signed-in reader's own page").isNotEmpty();
		assertThat(page.html().select("header").text()).doesNotContain("Connectez-vous");
		assertThat(withHeldComment.header("Cache-Control")).contains("no-store");
		assertThat(withSessionCookie.header("Cache-Control")).contains("no-store");
	}

	@Test
	void anEditedArticleShowsAtOnceAndAnUnpublishedOneIsGone() {
		var article = published(0);
		new Browser(port).get(article.path());
		new Browser(port).get(article.path());

		String headline = "Un titre corrigé " + System.nanoTime();
		var edited = newsdesk.update(article.id(), draft(headline, ArticleStatus.PUBLISHED));
		assertThat(new Browser(port).get(edited.path()).html().select("h1").text()).isEqualTo(headline);

		newsdesk.update(article.id(), draft(headline, ArticleStatus.DRAFT));
		assertThat(new Browser(port).get(edited.path()).status()).isEqualTo(404);
	}

	@Test
	void aCopyMadeOverPlainHttpIsNotServedOverHttps() {
		var article = published(0);
		new Browser(port).get(article.path());
		new Browser(port).get(article.path());

		var overHttps = new Browser(port).get(article.path(), Map.of("X-Forwarded-Proto", "https"));
		assertThat(overHttps.header("Strict-Transport-Security")).contains("max-age=");
		assertThat(overHttps.response().headers().allValues("Set-Cookie")).allMatch(c -> c.contains("Secure"));
	}

	private HttpResponse<byte[]> raw(String path, String acceptEncoding) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:142.0) Gecko/20100101 Firefox/142.0")
			.header("Accept-Encoding", acceptEncoding)
			.build();
		try (var http = HttpClient.newHttpClient()) {
			return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
	}

	private double copiesServed() {
		var counter = meters.find("kiosque.pages.copies").tag("result", "hit").counter();
		return counter == null ? 0 : counter.count();
	}

	/**
	 * The count in the live line: the whole line is live, as its words follow the count
	 * ({@code Read 1 time} in English).
	 */
	private static String readCount(Browser.Page page) {
		return count(page.html());
	}

	private static String count(org.jsoup.nodes.Document page) {
		String line = page.select("p.reads .read-count").text();
		assertThat(line).startsWith("Nombre de lectures : ").endsWith(" fois");
		return line.substring("Nombre de lectures : ".length(), line.length() - " fois".length());
	}

	private static String withoutCount(Browser.Page page) {
		var html = Jsoup.parse(page.body());
		html.select("p.reads .read-count").remove();
		return html.outerHtml();
	}

	private Newsdesk.Written published(long reads) {
		return newsdesk.create(draft("Une page copiée " + System.nanoTime(), ArticleStatus.PUBLISHED), reads);
	}

	private static ArticleDraft draft(String headline, ArticleStatus status) {
		return new ArticleDraft(headline, "Chapeau.", "Texte.", null, List.of(), null, "AFP",
				new LeadImage(null, null, null), status, Instant.now().minusSeconds(30), true, null);
	}

}
