package org.kiosque.reading;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jsoup.Jsoup;
import org.kiosque.article.ArticleDraft;
import org.kiosque.article.ArticleStatus;
import org.kiosque.article.LeadImage;
import org.kiosque.article.Newsdesk;

/**
 * Many readers at once over real HTTP, for the counting tests: one shared HTTP client, no
 * cookie kept unless a test sends it (a request without the reader cookie is a new
 * reader).
 */
final class Readers {

	static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36";
	static final String FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:142.0) Gecko/20100101 Firefox/142.0";
	static final List<String> ROBOTS = List.of(
			"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
			"facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)", "Twitterbot/1.0",
			"Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)", "curl/8.5.0",
			"KiosqueTestProbe/1.0 (the extra pattern of application-test.properties)");
	static final List<Map<String, String>> PREFETCHES = List.of(Map.of("Sec-Purpose", "prefetch"),
			Map.of("Sec-Purpose", "prefetch;prerender"), Map.of("Purpose", "prefetch"), Map.of("X-Moz", "prefetch"));

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.executor(Executors.newVirtualThreadPerTaskExecutor())
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private Readers() {
	}

	static HttpResponse<String> send(int port, String method, String path, String userAgent,
			Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.header("User-Agent", userAgent)
			.header("Accept", "text/html,application/xhtml+xml,image/avif,image/webp,*/*;q=0.8")
			.timeout(Duration.ofSeconds(60));
		headers.forEach(request::header);
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new IllegalStateException(method + " " + path, e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	static HttpResponse<String> read(int port, String path) {
		return send(port, "GET", path, BROWSER, Map.of());
	}

	/** The reader cookie an answer set, as a {@code Cookie} header value. */
	static String readerCookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("kq_r="))
			.map(c -> c.substring(0, c.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No reader cookie in " + response.headers().map()));
	}

	/** The count the page prints, no-break spaces as plain ones. */
	static String printedReads(HttpResponse<String> page) {
		String body = Jsoup.parse(page.body()).text().replace('\u00a0', ' ').replace('\u202f', ' ');
		int at = body.indexOf("Nombre de lectures : ");
		if (at < 0) {
			throw new AssertionError("No read count on the page (status " + page.statusCode() + ")");
		}
		return body.substring(at + "Nombre de lectures : ".length(), body.indexOf(" fois", at));
	}

	static ExecutorService threads(int n) {
		return Executors.newFixedThreadPool(n);
	}

	static Newsdesk.Written publish(Newsdesk newsdesk, String headline, long startingReads) {
		return newsdesk.create(draft(headline, ArticleStatus.PUBLISHED), startingReads);
	}

	static ArticleDraft draft(String headline, ArticleStatus status) {
		return new ArticleDraft(headline, "Le chapeau.", "Premier paragraphe.\n\nSecond paragraphe.", null, List.of(),
				null, "AFP", new LeadImage(null, null, null), status, Instant.now().minusSeconds(60), true, null);
	}

}
