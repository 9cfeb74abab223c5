package org.kiosque.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a CDN in front of the site may keep, and what it must not. */
@KiosqueTest
class PublicPageCachingTests {

	private static final String PUBLIC = "public, max-age=30, stale-while-revalidate=60";

	@LocalServerPort
	int port;

	@Autowired
	Newsdesk newsdesk;

	@Test
	void publicPagesOfReadersWithoutSessionMayBeKeptByASharedCache() {
		var written = published();
		for (String path : pagesOf(written)) {
			var page = new Browser(port).get(path);
			assertThat(page.status()).as(path).isEqualTo(200);
			assertThat(page.header("Cache-Control")).as(path).isEqualTo(PUBLIC);
			assertThat(page.response().headers().allValues("Vary")).as(path)
				.anyMatch(v -> v.toLowerCase(java.util.Locale.ROOT).contains("cookie"));
			// The read counter's reader cookie (page mode) is no session: it does not
			// make a page personal.
			assertThat(page.response().headers().allValues("Set-Cookie")).as(path)
				.noneMatch(
						c -> c.startsWith("SESSION=") || c.startsWith("JSESSIONID=") || c.startsWith("remember-me="));
			assertThat(page.header("Pragma")).as(path).isNull();
		}
	}

	@Test
	void pagesOfAReaderWithASessionStayPrivate() {
		var written = published();
		for (String cookie : List.of("SESSION=0123456789abcdef", "JSESSIONID=0123456789ABCDEF", "remember-me=abc")) {
			for (String path : pagesOf(written)) {
				var page = new Browser(port).get(path, Map.of("Cookie", cookie));
				assertThat(page.status()).as(path).isEqualTo(200);
				assertThat(page.header("Cache-Control")).as(path + " with " + cookie)
					.contains("no-store")
					.doesNotContain("public");
				assertThat(page.response().headers().allValues("Vary")).as(path)
					.anyMatch(v -> v.toLowerCase(java.util.Locale.ROOT).contains("cookie"));
			}
		}
	}

	@Test
	void errorPagesAreNeverKeptByASharedCache() {
		for (String path : List.of("/article/nothing-here-" + System.nanoTime(), "/section/none-" + System.nanoTime(),
				"/tag/none-" + System.nanoTime(), "/?page=100000")) {
			var page = new Browser(port).get(path);
			assertThat(page.status()).as(path).isEqualTo(404);
			assertThat(page.header("Cache-Control")).as(path).isEqualTo("private, no-store");
		}
	}

	@Test
	void otherAddressesAreNotMadePublic() {
		for (String path : List.of("/actuator/health", "/login")) {
			var page = new Browser(port).get(path);
			assertThat(page.status()).as(path).isEqualTo(200);
			assertThat(String.valueOf(page.header("Cache-Control"))).as(path).doesNotContain("public");
		}
	}

	@Test
	void anOldSlugRedirectIsNotKeptAsThePage() {
		var written = published();
		var renamed = newsdesk.update(written.id(), FrontPageTests.draft("Un autre titre " + System.nanoTime()));
		var old = new Browser(port).get(written.path());
		assertThat(old.status()).isEqualTo(301);
		assertThat(old.header("Cache-Control")).isEqualTo("private, no-store");
		assertThat(new Browser(port).get(renamed.path()).status()).isEqualTo(200);
	}

	private Newsdesk.Written published() {
		long n = System.nanoTime();
		String section = newsdesk.ensureSection("Cache " + n, 95);
		return newsdesk.create(new ArticleDraft("Un article à garder en cache " + n, "Chapeau.", "Texte.", section,
				List.of("Cache " + n), null, "AFP", new LeadImage(null, null, null), ArticleStatus.PUBLISHED,
				Instant.now().minusSeconds(30), true, null), 0);
	}

	private static List<String> listingsOf(Newsdesk.Written written) {
		String n = written.slug().replaceAll(".*-", "");
		return List.of("/", "/section/cache-" + n, "/tag/cache-" + n);
	}

	private static List<String> pagesOf(Newsdesk.Written written) {
		return java.util.stream.Stream.concat(listingsOf(written).stream(), java.util.stream.Stream.of(written.path()))
			.toList();
	}

}
