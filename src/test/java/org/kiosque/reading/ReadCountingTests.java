package org.kiosque.reading;

import org.kiosque.support.StaffSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.kiosque.account.Role;
import org.kiosque.article.Newsdesk;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code Nombre de lectures} is exact: every reader once, robots and the rest never. */
@KiosqueTest
class ReadCountingTests {

	@LocalServerPort
	int port;

	@Autowired
	Newsdesk newsdesk;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReadLedger ledger;

	@Autowired
	ApplicationContext context;

	@Test
	void manyReadersAtOnceAreCountedExactlyAndNothingElseIs() throws Exception {
		var article = Readers.publish(newsdesk, "La ruée des lecteurs " + System.nanoTime(), 0);
		String path = article.path();
		int threads = 32;
		int perThread = 100;
		AtomicInteger counted = new AtomicInteger();
		AtomicInteger sent = new AtomicInteger();
		ExecutorService pool = Readers.threads(threads);
		List<Future<?>> done = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			int thread = t;
			done.add(pool.submit(() -> {
				// This thread's own reader: first read counts, the repeats below do not.
				HttpResponse<String> first = Readers.read(port, path);
				assertThat(first.statusCode()).isEqualTo(200);
				counted.incrementAndGet();
				sent.incrementAndGet();
				Map<String, String> cookie = Map.of("Cookie", Readers.readerCookie(first));
				for (int i = 0; i < perThread; i++) {
					HttpResponse<String> answer = switch (i % 10) {
						case 0, 1, 2, 3, 4 -> {
							counted.incrementAndGet(); // a new reader each time: no
														// cookie
							yield Readers.read(port, path);
						}
						case 5 -> Readers.send(port, "GET", path,
								Readers.ROBOTS.get((thread + i) % Readers.ROBOTS.size()), Map.of());
						case 6 -> Readers.send(port, "HEAD", path, Readers.BROWSER, Map.of());
						case 7 -> Readers.send(port, "GET", path, Readers.BROWSER,
								Readers.PREFETCHES.get((thread + i) % Readers.PREFETCHES.size()));
						case 8 -> Readers.send(port, "GET", path, Readers.BROWSER, cookie);
						default -> {
							counted.incrementAndGet();
							yield Readers.send(port, "GET", path, Readers.FIREFOX, Map.of());
						}
					};
					sent.incrementAndGet();
					assertThat(answer.statusCode()).isEqualTo(200);
				}
				return null;
			}));
		}
		for (Future<?> f : done) {
			f.get(5, TimeUnit.MINUTES);
		}
		pool.shutdown();
		assertThat(sent.get()).isEqualTo(threads * (perThread + 1));
		long expected = counted.get();
		assertThat(expected).isEqualTo(threads + threads * 60L);

		// The background flush (every second) writes them all, to the total and to the
		// hour.
		await().atMost(Duration.ofSeconds(10)).until(() -> stored(article.id()) >= expected);
		assertThat(stored(article.id())).isEqualTo(expected);
		assertThat(hourly(article.id())).isEqualTo(expected);
		// A robot sees the page too, with the total, and adds nothing.
		var seen = Readers.send(port, "GET", path, Readers.ROBOTS.get(0), Map.of());
		assertThat(Readers.printedReads(seen))
			.isEqualTo(String.format("%,d", expected).replace(',', ' ').replace('\u00a0', ' ').replace('\u202f', ' '));
		ledger.flush();
		assertThat(stored(article.id())).isEqualTo(expected);
	}

	@Test
	void thePageShowsTheCountBeforeThisReadAndTheNewTotalAtOnce() {
		var article = Readers.publish(newsdesk, "Le compteur hérité " + System.nanoTime(), 66);

		var first = Readers.read(port, article.path());
		assertThat(Readers.printedReads(first)).isEqualTo("66");
		var again = Readers.send(port, "GET", article.path(), Readers.BROWSER,
				Map.of("Cookie", Readers.readerCookie(first)));
		assertThat(Readers.printedReads(again)).isEqualTo("67"); // the first read shows;
																	// the repeat does not
																	// count
		var other = Readers.read(port, article.path());
		assertThat(Readers.printedReads(other)).isEqualTo("67");
		assertThat(Readers.printedReads(Readers.send(port, "GET", article.path(), Readers.ROBOTS.get(1), Map.of())))
			.isEqualTo("68");

		ledger.flush();
		assertThat(stored(article.id())).isEqualTo(68);
	}

	@Test
	void thousandsAreWrittenTheFrenchWay() {
		var article = Readers.publish(newsdesk, "Un article très lu " + System.nanoTime(), 1203);
		Readers.read(port, article.path());
		var page = Readers.send(port, "GET", article.path(), Readers.ROBOTS.get(0), Map.of());
		assertThat(Jsoup.parse(page.body()).select("p.reads").text()).isEqualTo("Nombre de lectures : 1\u202f204 fois");
	}

	@Test
	void staffPreviewsAreNotCounted() {
		var article = Readers.publish(newsdesk, "Relu par la rédaction " + System.nanoTime(), 10);
		for (Role role : List.of(Role.CONTRIBUTOR, Role.EDITOR, Role.ADMIN)) {
			var staff = StaffSession.signedIn(context, port, role);
			assertThat(staff.get(article.path()).status()).isEqualTo(200);
			assertThat(staff.get(article.path()).status()).isEqualTo(200);
		}
		// A signed-in reader is a reader.
		var reader = StaffSession.signedIn(context, port, Role.READER);
		assertThat(reader.get(article.path()).status()).isEqualTo(200);
		ledger.flush();
		assertThat(stored(article.id())).isEqualTo(11);
		Readers.read(port, article.path());
		ledger.flush();
		assertThat(stored(article.id())).isEqualTo(12);
	}

	@Test
	void theReaderCookieIsPrivateToTheSite() {
		var article = Readers.publish(newsdesk, "Le témoin " + System.nanoTime(), 0);
		String cookie = Readers.read(port, article.path())
			.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("kq_r="))
			.findFirst()
			.orElseThrow();
		assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/").contains("Max-Age=1800");
		// The article's id and the second it was counted, base 36: nothing about the
		// reader.
		assertThat(cookie).matches("kq_r=" + Long.toString(article.id(), 36) + "\\.[0-9a-z]{6,7};.*");
	}

	@Test
	void aPageServedFromTheDatabaseBeforeAnyFlushStillCountsFromTheStoredTotal() {
		// An article this node has never shown: its stored total is read once, then kept
		// in memory.
		var article = Readers.publish(newsdesk, "Jamais ouvert " + System.nanoTime(), 5);
		jdbc.sql("UPDATE read_total SET reads = 500 WHERE article_id = :id").param("id", article.id()).update();
		assertThat(Readers.printedReads(Readers.read(port, article.path()))).isEqualTo("500");
		ledger.flush();
		assertThat(stored(article.id())).isEqualTo(501);
	}

	@Test
	void inPageModeThereIsNoBeacon() {
		String headline = "Sans balise " + System.nanoTime();
		var article = Readers.publish(newsdesk, headline, 0);
		var page = Readers.read(port, article.path());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(headline).doesNotContain("/r/" + article.id() + ".gif");
		assertThat(Readers.read(port, "/r/" + article.id() + ".gif").statusCode()).isEqualTo(404);
	}

	long stored(long articleId) {
		return jdbc.sql("SELECT reads FROM read_total WHERE article_id = :id")
			.param("id", articleId)
			.query(Long.class)
			.single();
	}

	long hourly(long articleId) {
		return jdbc.sql("SELECT COALESCE(SUM(reads), 0) FROM read_hour WHERE article_id = :id")
			.param("id", articleId)
			.query(Long.class)
			.single();
	}

}
